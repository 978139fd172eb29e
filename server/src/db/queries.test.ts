import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cypherQueriesDirectory, queryNames, schemaStatements } from './queries';

function filesUnder(directory: string, extension: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name));
}

const projectRoot = join(cypherQueriesDirectory, '..', '..');

describe('the Cypher registry', () => {
  it('names every .cypher file under cypher/queries, and only those (the generated list is current)', () => {
    const onDisk = filesUnder(cypherQueriesDirectory, '.cypher')
      .map((file) => relative(cypherQueriesDirectory, file).replace(/\.cypher$/, ''))
      .sort();
    expect([...queryNames].sort()).toEqual(onDisk);
  });

  it('reads the schema as separate IF NOT EXISTS statements', () => {
    const statements = schemaStatements();
    expect(statements.length).toBeGreaterThan(10);
    for (const statement of statements) expect(statement).toMatch(/IF NOT EXISTS/);
  });

  it('finds no Cypher written inline in TypeScript, so nothing is assembled from input', () => {
    const cypherClause = /\b(MATCH|MERGE|CREATE|DETACH DELETE|RETURN)\s*\(/;
    const offenders = ['domain', 'server', 'seed', 'client']
      .flatMap((folder) => filesUnder(join(projectRoot, folder), '.ts').concat(filesUnder(join(projectRoot, folder), '.tsx')))
      .filter((file) => !file.includes('node_modules') && !file.includes('generated') && !file.endsWith('.test.ts'))
      .filter((file) => cypherClause.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
