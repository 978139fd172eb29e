import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import { inputLimitsPlugin } from './inputLimitsPlugin';
import { queryLimits } from './limits';
import { publicMessagesPlugin } from './publicMessagesPlugin';
import { maxRootFieldsRule } from './rootFieldsRule';

/** The part of Apollo's options that keeps hostile or careless operations out. */
export type HardeningOptions<Context extends BaseContext> = Pick<
  ApolloServerOptions<Context>,
  | 'introspection'
  | 'includeStacktraceInErrorResponses'
  | 'allowBatchedHttpRequests'
  | 'csrfPrevention'
  | 'parseOptions'
  | 'validationRules'
  | 'plugins'
  | 'persistedQueries'
>;

/** graphql-armor's message without its misleading "Syntax Error:" prefix, as a validation error (HTTP 400). */
function reject(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
}

const onRejection = { propagateOnRejection: false, onReject: [reject] };

/**
 * Depth, cost, alias and directive limits (graphql-armor), a cap on top-level fields, a token limit in the parser, caps on every
 * argument (inputLimitsPlugin), no batching, no persisted queries, CSRF prevention, and in production no introspection,
 * landing page or field suggestions.
 */
export function apolloHardening<Context extends BaseContext>({ production }: { production: boolean }): HardeningOptions<Context> {
  const armor = new ApolloArmor({
    maxDepth: { n: queryLimits.maxDepth, ...onRejection },
    costLimit: { maxCost: queryLimits.maxCost, ...onRejection },
    maxAliases: { n: queryLimits.maxAliases, ...onRejection },
    maxDirectives: { n: queryLimits.maxDirectives, ...onRejection },
    // The parser's own limit answers 400; armor's token plugin throws outside Apollo's error handling.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  const plugins: ApolloServerPlugin<Context>[] = [
    ...(protection.plugins as ApolloServerPlugin<Context>[]),
    inputLimitsPlugin<Context>(),
    publicMessagesPlugin<Context>(),
    ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
  ];
  return {
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Nothing sends persisted-query hashes; with them off, one is refused as PERSISTED_QUERY_NOT_SUPPORTED (400).
    persistedQueries: false,
    parseOptions: { maxLexicalTokens: queryLimits.maxTokens },
    validationRules: [...protection.validationRules, maxRootFieldsRule(queryLimits.maxRootFields)],
    plugins,
  };
}
