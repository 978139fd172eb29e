import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchNetwork } from '../../server/src/network/networkRepository';
import { loadSeed, SeedValidationError } from '../../server/src/dataset/loadSeed';
import { seedDataDirectory } from '../../server/src/dataset/readSeed';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

const reportLineCount = 2215;

describe('the seed dataset in the database', () => {
  let test: TestDatabase;
  beforeAll(() => {
    test = openTestDatabase();
  });
  afterAll(() => test.close());

  const everything = () => fetchNetwork(test.database, { asOf: null, kinds: null });
  const seedOnly = async () => {
    const network = await everything();
    const own = (id: string) => !id.startsWith('test-');
    return { nodes: network.nodes.filter((node) => own(node.id)), edges: network.edges.filter((edge) => own(edge.id)) };
  };

  it('holds the known counts: 290 municipalities, 21 counties, 8 programme areas', async () => {
    const { nodes } = await seedOnly();
    const count = (predicate: (node: (typeof nodes)[number]) => boolean) => nodes.filter(predicate).length;
    expect(count((node) => node.kind === 'Municipality')).toBe(290);
    expect(count((node) => node.kind === 'County')).toBe(21);
    expect(
      count((node) => node.kind === 'Body' && node.properties.some((p) => p.key === 'bodyType' && p.value === 'programmeArea')),
    ).toBe(8);
  });

  it('gives every node and relationship an evidence level, a source and a locator', async () => {
    const { nodes, edges } = await seedOnly();
    for (const fact of [...nodes, ...edges]) {
      expect(['documented', 'general', 'proposed', 'external']).toContain(fact.provenance.evidence);
      expect(fact.provenance.sourceId).not.toBe('');
      expect(fact.provenance.locator).not.toBe('');
    }
  });

  it('points every documented fact from the report at lines that exist in it', async () => {
    const { nodes, edges } = await seedOnly();
    const fromReport = [...nodes, ...edges].filter(
      (fact) => fact.provenance.evidence === 'documented' && fact.provenance.sourceId === 'sou-2007-104',
    );
    expect(fromReport.length).toBeGreaterThan(100);
    for (const fact of fromReport) {
      const lineNumbers = [...fact.provenance.locator.matchAll(/\d+/g)].map((match) => Number(match[0]));
      expect(fact.provenance.locator).toMatch(/lines? \d+|chapter|appendix|bilaga/i);
      for (const line of lineNumbers) expect(line).toBeLessThanOrEqual(reportLineCount);
    }
  });

  it('keeps every relationship between existing nodes, with its window in order', async () => {
    const { nodes, edges } = await seedOnly();
    const ids = new Set(nodes.map((node) => node.id));
    for (const edge of edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      if (edge.validFrom && edge.validTo) expect(edge.validFrom <= edge.validTo).toBe(true);
    }
    for (const node of nodes) {
      if (node.validFrom && node.validTo) expect(node.validFrom <= node.validTo).toBe(true);
    }
  });

  it('changes nothing when loaded a second time', async () => {
    const before = await seedOnly();
    const counts = await loadSeed(test.database);
    expect(counts).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await seedOnly()).toEqual(before);
  });

  describe('a broken file', () => {
    let brokenRoot: string;
    beforeEach(() => {
      brokenRoot = mkdtempSync(join(tmpdir(), 'samverkan-broken-seed-'));
      cpSync(seedDataDirectory, brokenRoot, { recursive: true });
    });
    afterEach(() => {
      rmSync(brokenRoot, { recursive: true, force: true });
    });

    it('is rejected with its file, line and field, and the database is untouched', async () => {
      const file = join(brokenRoot, 'nodes', 'agencies.csv');
      const lines = readFileSync(file, 'utf8').split('\n');
      lines[3] = (lines[3] ?? '').replace(',documented,', ',hearsay,');
      const cells: Record<string, string> = { id: `${test.idPrefix}new-agency`, kind: 'Agency', name: 'Nytt verk', evidence: 'documented', source: 'sou-2007-104', locator: 'line 1' };
      lines.push((lines[0] ?? '').split(',').map((column) => cells[column] ?? '').join(','));
      writeFileSync(file, lines.join('\n'));
      const before = await everything();

      const load = loadSeed(test.database, brokenRoot);
      await expect(load).rejects.toBeInstanceOf(SeedValidationError);
      await expect(load).rejects.toThrow(/nodes\/agencies\.csv:4 evidence: /);
      expect(await everything()).toEqual(before);
    });

    it('that only the database can refuse rolls the whole load back', async () => {
      const newNode = `${test.idPrefix}agency`;
      writeFileSync(
        join(brokenRoot, 'nodes', 'zz-test.csv'),
        `id,kind,name,evidence,source,locator\n${newNode},Agency,Testverket,documented,sou-2007-104,line 1\n`,
      );
      // The same relationship id between other ends breaks the uniqueness constraint mid-transaction.
      writeFileSync(
        join(brokenRoot, 'links', 'zz-test.csv'),
        `id,type,from,to,evidence,source,locator\nsucceeded-ams-arbetsformedlingen,SUCCEEDED_BY,${newNode},arbetsformedlingen,documented,sou-2007-104,line 1\n`,
      );
      const agencyLinks = readFileSync(join(brokenRoot, 'links', 'agency-structure.csv'), 'utf8')
        .split('\n')
        .filter((line) => !line.startsWith('succeeded-ams-arbetsformedlingen,'));
      writeFileSync(join(brokenRoot, 'links', 'agency-structure.csv'), agencyLinks.join('\n'));

      await expect(loadSeed(test.database, brokenRoot)).rejects.toMatchObject({ code: 'CONFLICT' });
      const after = await everything();
      expect(after.nodes.some((node) => node.id === newNode)).toBe(false);
    });
  });
});
