import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { cypherQueriesDirectory } from '../db/queries';

const projectRoot = join(cypherQueriesDirectory, '..', '..');

function filesUnder(folder: string, extensions: readonly string[]): string[] {
  return readdirSync(join(projectRoot, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => relative(projectRoot, join(entry.parentPath, entry.name)))
    .filter((file) => !file.split(sep).some((part) => part === 'node_modules' || part === 'generated'));
}

/** The code that runs in the app, the seed loader and the scripts; tests and benchmarks may use the driver directly. */
const runtimeCode = ['domain', 'server', 'seed', 'client', 'scripts'].flatMap((folder) => filesUnder(folder, ['.ts', '.tsx'])).filter((file) => !file.endsWith('.test.ts'));

const interpolatedCypher = /`[^`]*\b(?:MATCH|MERGE|UNWIND|DETACH DELETE|RETURN|WHERE|LOAD CSV|CALL \{)\b[^`]*\$\{[^`]*`/;
const dynamicCypher = /:\s*\$\(|\$\([a-zA-Z]|apoc\.|LOAD\s+CSV|db\.cypher|\$\{/i;

function offenders(files: string[], pattern: RegExp): string[] {
  return files.filter((file) => pattern.test(readFileSync(join(projectRoot, file), 'utf8')));
}

describe('no Cypher is ever assembled from input', () => {
  it('opens sessions and runs statements through the database layer only (server/src/db)', () => {
    const outsideDb = runtimeCode.filter((file) => !file.startsWith(join('server', 'src', 'db')));
    expect(offenders(outsideDb, /\.session\(|\.executeQuery\(|\.beginTransaction\(/)).toEqual([]);
  });

  it('builds no Cypher in template strings with interpolated values', () => {
    expect(offenders(runtimeCode, interpolatedCypher)).toEqual([]);
  });

  it('keeps every statement to parameters: no dynamic labels or types, no procedures that run text as Cypher, no file loading', () => {
    const cypherFiles = [...filesUnder(join('cypher', 'queries'), ['.cypher']), ...filesUnder(join('cypher', 'schema'), ['.cypher'])];
    expect(cypherFiles.length).toBeGreaterThan(10);
    expect(offenders(cypherFiles, dynamicCypher)).toEqual([]);
  });

  it('would notice: the patterns catch the shapes they forbid', () => {
    expect(interpolatedCypher.test('const q = `MATCH (n:${label}) RETURN n`;')).toBe(true);
    expect(dynamicCypher.test('MATCH (n) SET n:$($label)')).toBe(true);
    expect(dynamicCypher.test("CALL apoc.cypher.run('MATCH (n) RETURN n', {})")).toBe(true);
  });
});
