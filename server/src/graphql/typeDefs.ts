import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const schemaDirectory = fileURLToPath(new URL('./schema/', import.meta.url));

/** The schema is written first, in `.graphql` files; this only reads them. */
export const typeDefs: string[] = readdirSync(schemaDirectory)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => readFileSync(`${schemaDirectory}${file}`, 'utf8'));
