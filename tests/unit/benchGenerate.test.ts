import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateNetwork } from '../../bench/generate/generate';
import { syntheticSourceId } from '../../bench/generate/model';
import { writeDataset } from '../../bench/generate/write';
import { readSeed } from '../../server/src/dataset/readSeed';
import { validateSeed, type ValidSeed } from '../../domain/validate';

/** The scale generator writes files the normal seed validator accepts, marked synthetic, the same every time. */
describe('the benchmark scale generator', () => {
  const folders: string[] = [];
  const written = (scale: number, seed = 1): string => {
    const folder = mkdtempSync(join(tmpdir(), 'samverkan-generate-test-'));
    folders.push(folder);
    writeDataset(generateNetwork({ scale, seed }), folder, `seed ${seed}, scale ${scale}`);
    return folder;
  };
  const validated = (folder: string): ValidSeed => {
    const read = readSeed(folder);
    if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)));
    const result = validateSeed(read.rows);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    return result.seed;
  };
  const filesOf = (folder: string): Record<string, string> =>
    Object.fromEntries(
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => [join(entry.parentPath, entry.name).slice(folder.length), readFileSync(join(entry.parentPath, entry.name), 'utf8')]),
    );
  let one: ValidSeed;
  beforeAll(() => {
    one = validated(written(1));
  });
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('writes a national network at 1× that the seed validator accepts', () => {
    const seed = one;
    expect(seed.nodes.length).toBeGreaterThanOrEqual(1_000);
    expect(seed.nodes.length).toBeLessThan(1_100);
    expect(seed.links).toHaveLength(5_000);
    expect(seed.nodes.filter((node) => node.row.kind === 'Municipality')).toHaveLength(290);
    expect(seed.nodes.filter((node) => node.row.kind === 'County')).toHaveLength(21);
    expect(new Set(seed.links.map((link) => link.row.type)).size).toBe(10);
    expect(seed.rules.length).toBeGreaterThan(0);
  });

  it('marks every row as synthetic through its one source', () => {
    const seed = one;
    expect(seed.sources.map((source) => source.row.id)).toEqual([syntheticSourceId]);
    expect(seed.sources[0]?.row.title).toContain('not real data');
    const sources = new Set([...seed.nodes, ...seed.links, ...seed.rules].map((entry) => entry.row.source));
    expect([...sources]).toEqual([syntheticSourceId]);
    expect(seed.nodes.some((node) => node.row.evidence === 'external')).toBe(false);
  });

  it('spreads cooperation over the years with real validity windows', () => {
    const years = new Set(one.links.filter((link) => link.row.type === 'COOPERATES_WITH').flatMap((link) => (link.validFrom === undefined ? [] : [link.validFrom.iso.slice(0, 4)])));
    expect(years.size).toBeGreaterThan(20);
  });

  it('gives the same files for the same seed and different files for another', () => {
    expect(filesOf(written(1, 3))).toEqual(filesOf(written(1, 3)));
    expect(filesOf(written(1, 4))).not.toEqual(filesOf(written(1, 3)));
  });

  it('reaches 20,000 nodes and 100,000 links at 20×', () => {
    const seed = validated(written(20));
    expect(seed.nodes.length).toBeGreaterThanOrEqual(20_000);
    expect(seed.links).toHaveLength(100_000);
  }, 180_000);
});
