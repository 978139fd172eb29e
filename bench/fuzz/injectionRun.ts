import { getNamedType, type GraphQLSchema } from 'graphql';
import { inputSites, type InputSite } from '../../server/src/security/inputCaps';
import { cypherPayloads, formulaPayloads, graphqlPayloads, otherPayloads } from './injectionCorpus';
import { inspectResponse } from './inspect';
import { siteOperation } from './siteOperation';
import type { GraphQLBody } from './operations';

/** Sends an operation as a visitor, or as a signed-in editor (only ever a dry run). */
export type Send = (operation: GraphQLBody, as: 'visitor' | 'editor') => Promise<{ status: number; text: string }>;

export interface InjectionFigures {
  payloads: number;
  textInputs: number;
  requests: number;
  statuses: Record<string, number>;
  failures: string[];
}

const families = [cypherPayloads, graphqlPayloads, formulaPayloads, otherPayloads];

/** Keys a response could only hold if an injected selection had run. */
const injectedKey = /"(?:pwned|__schema|Pwned)"\s*:/;

/** Every ID and text argument and input field of the schema. */
export function textSites(schema: GraphQLSchema): InputSite[] {
  return inputSites(schema).filter((site) => ['ID', 'String'].includes(getNamedType(site.definition.type).name));
}

/**
 * Tries the corpus on every text input: every payload everywhere (`full`), or two payloads of
 * different families per input, rotating so every family meets every kind of input. Each answer must be free of 5xx, leaks and
 * injected selections; the caller compares the graph before and after.
 */
export async function runInjection(schema: GraphQLSchema, send: Send, full: boolean): Promise<InjectionFigures> {
  const sites = textSites(schema);
  const attempts = sites.flatMap((site, siteIndex) => {
    const rotated = [families[siteIndex % 4], families[(siteIndex + 2) % 4]].map((family = []) => family[siteIndex % family.length] ?? '');
    const payloads = full ? families.flat() : rotated;
    const who: ('visitor' | 'editor')[] = site.field.args.some((argument) => argument.name === 'dryRun') ? ['visitor', 'editor'] : ['visitor'];
    return payloads.flatMap((payload) => {
      const operation = siteOperation(schema, site, payload, ['municipality-0180']);
      return operation === undefined ? [] : who.map((as) => ({ site, as, operation }));
    });
  });
  const figures: InjectionFigures = { payloads: families.flat().length, textInputs: sites.length, requests: attempts.length, statuses: {}, failures: [] };
  for (let start = 0; start < attempts.length; start += 8) {
    await Promise.all(
      attempts.slice(start, start + 8).map(async ({ site, as, operation }) => {
        const { status, text } = await send(operation, as);
        figures.statuses[status] = (figures.statuses[status] ?? 0) + 1;
        const findings = inspectResponse(status, text).map((finding) => finding.problem);
        if (injectedKey.test(text)) findings.push('injected selection ran');
        if (findings.length > 0) figures.failures.push(`${site.path} as ${as} ${JSON.stringify(operation.variables)}: ${findings.join(', ')}: ${text.slice(0, 200)}`);
      }),
    );
  }
  return figures;
}
