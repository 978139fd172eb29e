import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { queryNames } from './generated/queryNames';

/** Every Cypher statement the app runs, by name: `cypher/queries/<name>.cypher` (the list is generated from the files). */
export { queryNames };

export type QueryName = (typeof queryNames)[number];

const queriesDirectory = fileURLToPath(new URL('../../../cypher/queries/', import.meta.url));
const schemaDirectory = fileURLToPath(new URL('../../../cypher/schema/', import.meta.url));

const loaded = new Map<QueryName, string>(
  queryNames.map((name) => [name, readFileSync(`${queriesDirectory}${name}.cypher`, 'utf8').trim()]),
);

export function cypher(name: QueryName): string {
  const text = loaded.get(name);
  if (text === undefined) throw new Error(`No Cypher statement named ${name}`);
  return text;
}

export const cypherQueriesDirectory = queriesDirectory;

/** Schema files hold several statements separated by semicolons; each is applied on its own. */
export function schemaStatements(): string[] {
  return ['constraints', 'indexes'].flatMap((file) =>
    stripComments(readFileSync(`${schemaDirectory}${file}.cypher`, 'utf8'))
      .split(';')
      .map((statement) => statement.trim())
      .filter((statement) => statement.length > 0),
  );
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}
