import {
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { InputSite } from '../../server/src/security/inputCaps';
import type { GraphQLBody } from './operations';
import { printLiteral, validSample } from './values';

type AnyField = GraphQLField<unknown, unknown>;

/** The shortest chain of fields from a root type to `target` (empty when it is the root itself). */
function pathTo(root: GraphQLObjectType, target: GraphQLObjectType): AnyField[] | undefined {
  const queue: { type: GraphQLObjectType; path: AnyField[] }[] = [{ type: root, path: [] }];
  const seen = new Set([root.name]);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (next.type === target) return next.path;
    for (const field of Object.values(next.type.getFields()) as AnyField[]) {
      const named = getNamedType(field.type);
      if (!isObjectType(named) || seen.has(named.name)) continue;
      seen.add(named.name);
      queue.push({ type: named, path: [...next.path, field] });
    }
  }
  return undefined;
}

/** `value` placed at `path` inside a sample of `type`, through lists (as their one item) and input objects. */
function placeAt(type: GraphQLInputType, path: readonly string[], value: unknown, ids: readonly string[]): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) return [placeAt(nullable.ofType, path, value, ids)];
  const named = getNamedType(type);
  const sample = (validSample(type, ids) ?? {}) as Record<string, unknown>;
  const field = 'getFields' in named ? (named.getFields() as Record<string, { type: GraphQLInputType } | undefined>)[head] : undefined;
  if (field === undefined) throw new Error(`No input field ${head} on ${named.name}`);
  return { ...sample, [head]: placeAt(field.type, rest, value, ids) };
}

function argumentsText(field: AnyField, ids: readonly string[], target?: { name: string }): string {
  const parts = field.args
    .filter((argument) => argument.name === target?.name || argument.name === 'dryRun' || isNonNullType(argument.type))
    .map((argument) => {
      if (argument.name === target?.name) return `${argument.name}: $target`;
      const value = argument.name === 'dryRun' ? true : validSample(argument.type, ids);
      return `${argument.name}: ${printLiteral(value, argument.type)}`;
    });
  return parts.length > 0 ? `(${parts.join(', ')})` : '';
}

/**
 * An operation that reaches `site` with `value` there (as the variable `$target`) and well-formed
 * samples everywhere else; a mutation that has `dryRun` runs as a dry run.
 */
export function siteOperation(schema: GraphQLSchema, site: InputSite, value: unknown, ids: readonly string[]): GraphQLBody | undefined {
  const roots = [schema.getQueryType(), schema.getMutationType()].filter((root): root is GraphQLObjectType => isObjectType(root));
  for (const root of roots) {
    const path = pathTo(root, site.owner);
    if (path === undefined) continue;
    const leaf = isLeafType(getNamedType(site.field.type)) ? '' : ' { __typename }';
    let selection = `${site.field.name}${argumentsText(site.field, ids, site.argument)}${leaf}`;
    for (const field of [...path].reverse()) selection = `${field.name}${argumentsText(field, ids)} { ${selection} }`;
    const operation = root === schema.getMutationType() ? 'mutation' : 'query';
    return {
      query: `${operation}($target: ${String(site.argument.type)}) { ${selection} }`,
      variables: { target: placeAt(site.argument.type, site.inputPath, value, ids) },
    };
  }
  return undefined;
}
