import { Kind, parse } from 'graphql';
import type { SourcedRow } from '../../domain/csvFiles';
import { agencyLevels, agreementTypes, bodyTypes, datePrecisions, evidenceLevels, inferredParts, nodeKinds, relationshipTypes, sourceTypes } from '../../domain/kinds';
import { readSeed } from '../../server/src/dataset/readSeed';
import { typeDefs } from '../../server/src/graphql/typeDefs';

/** Every code point XML 1.0 cannot hold (C0 controls but tab and line breaks, U+FFFE, U+FFFF) and surrogate halves alone. */
export const xmlForbidden: readonly string[] = [
  ...Array.from({ length: 0x20 }, (_, code) => code)
    .filter((code) => ![0x09, 0x0a, 0x0d].includes(code))
    .map((code) => String.fromCharCode(code)),
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
];

/** How a test names a character in its messages. */
export const codePoint = (character: string) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The codes no reader should see as text: every enum value of the GraphQL schema, the domain's fixed vocabulary
 * (node kinds, relationship types, body and agreement types, levels, evidence, …) and the dataset's own codes (ids
 * with a hyphen, stored roles and unit types, rule subjects). A code of plain words ("weak", "Municipality", "reference
 * group of") can only be told from its English label by the language, so it is looked for on Swedish pages alone; any
 * other code (`finsamForm`, `MEMBER_OF`, `goal-local-development`, `party (state)`) is looked for in both languages.
 */
export interface ForbiddenCodes {
  everywhere: ReadonlySet<string>;
  swedishOnly: ReadonlySet<string>;
}

/** One-word codes that are Swedish words too, so they may stand in Swedish text. */
const swedishWords = new Set(['central', 'regional', 'intention', 'general', 'Organisation']);

/** Plain words ("weak", "Municipality", "reference group of"): the English label may be the same words. */
const plainWords = /^[A-Za-z][a-z]*( [a-z]+)*$/;

export function forbiddenCodes(): ForbiddenCodes {
  const enumValues = parse(typeDefs.join('\n')).definitions.flatMap((definition) =>
    definition.kind === Kind.ENUM_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_EXTENSION ? (definition.values ?? []).map((value) => value.name.value) : [],
  );
  const read = readSeed();
  if (!read.ok) throw new Error('The seed data does not read');
  const cells = (rows: readonly SourcedRow[], column: string) => rows.flatMap((row) => (row.cells[column] ?? '') === '' ? [] : [row.cells[column] ?? '']);
  const { nodes, links, sources, rules } = read.rows;
  const codes = [
    ...enumValues,
    ...nodeKinds,
    ...relationshipTypes,
    ...bodyTypes,
    ...agreementTypes,
    ...agencyLevels,
    ...evidenceLevels,
    ...datePrecisions,
    ...inferredParts,
    ...sourceTypes,
    ...[...cells(nodes, 'id'), ...cells(sources, 'id'), ...cells(rules, 'goalArea')].filter((id) => id.includes('-')),
    ...cells(links, 'role'),
    ...cells(nodes, 'unitType'),
    ...cells(rules, 'subject'),
    ...cells(rules, 'partnerScope'),
  ];
  const everywhere = new Set<string>();
  const swedishOnly = new Set<string>();
  for (const code of codes) {
    if (!plainWords.test(code)) everywhere.add(code);
    else if (!swedishWords.has(code)) swedishOnly.add(code);
  }
  return { everywhere, swedishOnly };
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The codes that stand as words in a text: not inside a longer word, id or path ("sjbrg/swedish-geodata" names a
 * repository, not the source id), matched with their case.
 */
export function codesIn(text: string, codes: ReadonlySet<string>): string[] {
  return [...codes].filter((code) => new RegExp(`(?<![\\p{L}\\p{N}_/-])${escaped(code)}(?![\\p{L}\\p{N}_/-])`, 'u').test(text));
}
