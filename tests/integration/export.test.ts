import assert from 'node:assert/strict';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import JSZip from 'jszip';
import { buildSnapshot, type Snapshot } from '../../server/src/export/buildSnapshot';
import { writeCsvZip } from '../../server/src/export/csv';
import { writeCytoscapeJson } from '../../server/src/export/cytoscapeJson';
import { writeGexf } from '../../server/src/export/gexf';
import { writeDynamicGexf } from '../../server/src/export/gexfDynamic';
import { writeGraphml } from '../../server/src/export/graphml';
import { writeNodeLinkJson } from '../../server/src/export/nodeLinkJson';
import { noFilter, type SnapshotRequest } from '../../server/src/export/types';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';
import { appOnTestDatabase } from '../helpers/testApp';

const asOf = (date: string | null, overrides: Partial<SnapshotRequest> = {}): SnapshotRequest => ({
  scope: { type: 'snapshot', asOf: date },
  mode: 'twoMode',
  filter: noFilter,
  ...overrides,
});

/** The one thing allowed to differ between two exports of the same snapshot: when it was cut, and so its citation's year. */
const withoutGenerationTime = (text: string) =>
  text.replace(/generatedAt(\\?)": ?\\?"[^"\\]+/g, 'generatedAt$1": "…').replace(/\]\. \(\d{4}\)/g, '. (…)');

describe('snapshot exports read back by independent parsers', () => {
  let test: TestDatabase;
  let snapshot: Snapshot;
  beforeAll(async () => {
    test = openTestDatabase();
    snapshot = await buildSnapshot(test.database, asOf('2007-06-01'));
  });
  afterAll(() => test.close());

  it('cuts the network as of the date, with a manifest that cites its sources', () => {
    const { manifest, graph } = snapshot;
    expect(graph.nodes.length).toBeGreaterThan(300);
    expect(manifest.counts).toMatchObject({ nodes: graph.nodes.length, edges: graph.edges.length });
    expect(graph.nodes.map((node) => node.id)).toContain('integrationsverket');
    expect(graph.nodes.map((node) => node.id)).not.toContain('arbetsformedlingen');
    expect(manifest.asOf).toBe('2007-06-01');
    expect(manifest.snapshotId).toMatch(/^[0-9a-f]{16}$/);
    expect(manifest.dataset.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(manifest.app).toEqual({ name: 'samverkan', version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown });
    const report = manifest.sources.find((source) => source.id === 'sou-2007-104');
    expect(report?.citation).toContain('ISBN 978-91-38-22868-5');
    expect(manifest.suggestedCitation).toContain(manifest.snapshotId);
    expect(manifest.suggestedCitation).toContain('as of 2007-06-01');
    expect(manifest.bibliography).toContain(report?.citation);
  });

  it('GEXF: graphology-gexf reads every node and edge with typed attributes', () => {
    const gexf = writeGexf(snapshot);
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3"');
    const read = parseGexf(Graph, gexf);
    expect(read.order).toBe(snapshot.graph.nodes.length);
    expect(read.size).toBe(snapshot.graph.edges.length);
    expect(read.getNodeAttributes('integrationsverket')).toMatchObject({
      label: 'Integrationsverket',
      kind: 'Agency',
      validTo: '2007-06-30',
      evidence: 'documented',
      sourceId: 'sou-2007-104',
      locator: 'lines 2145-2174',
    });
    expect(read.getNodeAttributes('ams')).toMatchObject({ countyLabourBoards: 20, employmentOffices: 325, validTo: '2007-12-31' });
    const party = read.getEdgeAttributes('party-introduction-2001-integrationsverket');
    expect(party).toMatchObject({ relationship: 'PARTY_TO', validFrom: '2001-01-01', validTo: '2007-06-30', evidence: 'documented' });
    expect(String(read.getAttribute('description'))).toContain(snapshot.manifest.snapshotId);
  });

  it('GEXF carries positions (y up, as Gephi has it) and colours of the current view as viz attributes', () => {
    const read = parseGexf(Graph, writeGexf(snapshot, new Map([['integrationsverket', { x: 12.5, y: -3, color: '#D55E00', size: 34 }]])));
    expect(read.getNodeAttributes('integrationsverket')).toMatchObject({ x: 12.5, y: 3, color: 'rgba(213,94,0,1.0)', size: 34 });
    expect(read.getNodeAttributes('ams')).not.toHaveProperty('x');
  });

  it('GraphML: graphology-graphml reads declared keys with their types', () => {
    const read = parseGraphml(Graph, writeGraphml(snapshot));
    expect(read.order).toBe(snapshot.graph.nodes.length);
    expect(read.size).toBe(snapshot.graph.edges.length);
    expect(read.getNodeAttributes('ams')).toMatchObject({ name: 'Arbetsmarknadsstyrelsen (AMS)', countyLabourBoards: 20, validTo: '2007-12-31' });
    const malmo = read.getNodeAttributes('municipality-1280');
    expect(typeof malmo['latitude']).toBe('number');
    expect(read.getAttribute('snapshotId')).toBe(snapshot.manifest.snapshotId);
    expect(JSON.parse(String(read.getAttribute('manifest')))).toMatchObject({ asOf: '2007-06-01', counts: snapshot.manifest.counts });
  });

  it('CSV: nodes.csv and edges.csv with Gephi headers, and the manifest, read back from the zip', async () => {
    const zip = await JSZip.loadAsync(await writeCsvZip(snapshot));
    expect(Object.keys(zip.files).sort()).toEqual(['edges.csv', 'manifest.json', 'nodes.csv']);
    const nodes = parseCsv<Record<string, string>>((await zip.file('nodes.csv')?.async('string')) ?? '', { columns: true });
    const edges = parseCsv<Record<string, string>>((await zip.file('edges.csv')?.async('string')) ?? '', { columns: true });
    expect(nodes).toHaveLength(snapshot.graph.nodes.length);
    expect(edges).toHaveLength(snapshot.graph.edges.length);
    expect(nodes.find((row) => row['Id'] === 'integrationsverket')).toMatchObject({ Label: 'Integrationsverket', validTo: '2007-06-30', sourceId: 'sou-2007-104' });
    expect(edges.find((row) => row['Id'] === 'party-introduction-2001-integrationsverket')).toMatchObject({
      Source: 'integrationsverket',
      Target: 'agreement-national-introduction-2001',
      Type: 'Directed',
      Label: 'PARTY_TO',
      validTo: '2007-06-30',
    });
    const manifest = JSON.parse(await zip.file('manifest.json')?.async('string') ?? '{}') as { snapshotId?: string };
    expect(manifest.snapshotId).toBe(snapshot.manifest.snapshotId);
  });

  it('node-link JSON and Cytoscape JSON hold every element with its attributes', () => {
    const nodeLink = JSON.parse(writeNodeLinkJson(snapshot)) as { directed: boolean; multigraph: boolean; nodes: { id: string }[]; edges: { key: string; validTo?: string }[] };
    expect(nodeLink).toMatchObject({ directed: true, multigraph: true });
    expect(nodeLink.nodes).toHaveLength(snapshot.graph.nodes.length);
    expect(nodeLink.edges.find((edge) => edge.key === 'party-introduction-2001-integrationsverket')?.validTo).toBe('2007-06-30');
    const cy = JSON.parse(writeCytoscapeJson(snapshot, new Map([['ams', { x: 1, y: 2 }]]))) as {
      elements: { nodes: { data: { id: string; kind?: string }; position?: unknown }[]; edges: unknown[] };
    };
    expect(cy.elements.nodes).toHaveLength(snapshot.graph.nodes.length);
    expect(cy.elements.edges).toHaveLength(snapshot.graph.edges.length);
    expect(cy.elements.nodes.find((node) => node.data.id === 'ams')).toMatchObject({ data: { kind: 'Agency' }, position: { x: 1, y: 2 } });
  });

  it('gives byte-identical files for the same snapshot, bar the generation time', async () => {
    const again = await buildSnapshot(test.database, asOf('2007-06-01'), { now: new Date('2031-01-01T00:00:00Z') });
    expect(again.manifest.snapshotId).toBe(snapshot.manifest.snapshotId);
    expect(writeGexf(again)).not.toBe(writeGexf(snapshot));
    for (const write of [writeGexf, writeGraphml, writeNodeLinkJson, writeCytoscapeJson]) {
      expect(withoutGenerationTime(write(again))).toBe(withoutGenerationTime(write(snapshot)));
    }
    const fixedTime = new Date('2030-01-01T00:00:00Z');
    const [first, second] = await Promise.all([0, 1].map(() => buildSnapshot(test.database, asOf('2007-06-01'), { now: fixedTime })));
    if (first === undefined || second === undefined) throw new Error('Two snapshots were built');
    expect((await writeCsvZip(first)).equals(await writeCsvZip(second))).toBe(true);
  });

  it('gives another snapshot id for another date, mode or filter', async () => {
    const ids = await Promise.all(
      [asOf('2008-06-01'), asOf('2007-06-01', { mode: 'projected' }), asOf('2007-06-01', { filter: { ...noFilter, kinds: ['Agency'] } })].map(
        async (request) => (await buildSnapshot(test.database, request)).manifest.snapshotId,
      ),
    );
    expect(new Set([...ids, snapshot.manifest.snapshotId]).size).toBe(4);
  });

  it('projects onto actors, each tie naming the bodies it comes from', async () => {
    const projected = await buildSnapshot(test.database, asOf('2007-06-01', { mode: 'projected' }));
    const kinds = new Set(projected.graph.nodes.map((node) => node.attributes['kind']));
    expect(kinds.has('Body')).toBe(false);
    expect(kinds.has('Municipality')).toBe(true);
    expect(projected.graph.edges.every((edge) => !edge.directed)).toBe(true);
    const viaBody = projected.graph.edges.find((edge) => Array.isArray(edge.attributes['bodies']) && edge.attributes['bodies'].length > 0);
    expect(viaBody).toBeDefined();
    const read = parseGexf(Graph, writeGexf(projected));
    expect(read.type).toBe('undirected');
    expect(read.size).toBe(projected.graph.edges.length);
    if (viaBody !== undefined) expect(read.getEdgeAttribute(viaBody.id, 'bodies')).toEqual(viaBody.attributes['bodies']);
  });

  it('keeps only what the filter keeps', async () => {
    const agencies = await buildSnapshot(test.database, asOf('2007-06-01', { filter: { ...noFilter, kinds: ['Agency'], evidence: ['documented'] } }));
    expect(agencies.graph.nodes.length).toBeGreaterThan(5);
    expect(agencies.graph.nodes.every((node) => node.attributes['kind'] === 'Agency' && node.attributes['evidence'] === 'documented')).toBe(true);
    const ids = new Set(agencies.graph.nodes.map((node) => node.id));
    expect(agencies.graph.edges.every((edge) => ids.has(edge.source) && ids.has(edge.target))).toBe(true);
  });
});

describe('the dynamic GEXF', () => {
  let test: TestDatabase;
  let gexf: string;
  let snapshot: Snapshot;
  beforeAll(async () => {
    test = openTestDatabase();
    snapshot = await buildSnapshot(test.database, { scope: { type: 'history', from: '2006-01-01', to: '2008-06-01' }, mode: 'twoMode', filter: noFilter });
    gexf = writeDynamicGexf(snapshot);
  });
  afterAll(() => test.close());

  function spellsOf(tag: 'node' | 'edge', id: string): { start: string | null; end: string | null }[] {
    const document = new DOMParser().parseFromString(gexf, 'application/xml');
    const element = Array.from(document.getElementsByTagName(tag)).find((candidate) => candidate.getAttribute('id') === id);
    if (element === undefined) throw new Error(`No ${tag} ${id} in the file`);
    return Array.from(element.getElementsByTagName('spell')).map((spell) => ({
      start: spell.getAttribute('start') || null,
      end: spell.getAttribute('end') || null,
    }));
  }

  it('declares a dynamic graph over the period, in dates', () => {
    const document = new DOMParser().parseFromString(gexf, 'application/xml');
    const graph = document.getElementsByTagName('graph')[0];
    expect([graph?.getAttribute('mode'), graph?.getAttribute('timeformat'), graph?.getAttribute('start'), graph?.getAttribute('end')]).toEqual([
      'dynamic',
      'date',
      '2006-01-01',
      '2008-06-01',
    ]);
  });

  it('holds both the agencies that closed and those that started within the period', () => {
    const read = parseGexf(Graph, gexf);
    expect(read.order).toBe(snapshot.graph.nodes.length);
    expect(read.size).toBe(snapshot.graph.edges.length);
    expect(read.hasNode('integrationsverket') && read.hasNode('arbetsformedlingen')).toBe(true);
  });

  it('gives Integrationsverket a spell that ends on 30 June 2007, and its links end with it', () => {
    expect(spellsOf('node', 'integrationsverket')).toEqual([{ start: null, end: '2007-06-30' }]);
    expect(spellsOf('edge', 'party-introduction-2001-integrationsverket')).toEqual([{ start: '2001-01-01', end: '2007-06-30' }]);
    expect(spellsOf('node', 'arbetsformedlingen')).toEqual([{ start: '2008-01-01', end: null }]);
  });
});

describe('the snapshot manifest through GraphQL', () => {
  const live = appOnTestDatabase();

  it('says what an export with the same parameters holds, with the same snapshot id', async () => {
    const response = await live.app.apollo.executeOperation<{ snapshotManifest: { snapshotId: string; nodeCount: number; sources: { id: string }[]; suggestedCitation: string } }>(
      {
        query: `query ($asOf: Date, $filter: SnapshotFilterInput) {
          snapshotManifest(asOf: $asOf, mode: twoMode, filter: $filter) { snapshotId nodeCount sources { id } suggestedCitation }
        }`,
        variables: { asOf: '2007-06-01', filter: { kinds: ['Body', 'Agency'] } },
      },
      { contextValue: { database: live.test.database } },
    );
    assert(response.body.kind === 'single');
    const manifest = response.body.singleResult.data?.snapshotManifest;
    const direct = await buildSnapshot(live.test.database, asOf('2007-06-01', { filter: { ...noFilter, kinds: ['Agency', 'Body'] } }));
    expect(manifest).toMatchObject({ snapshotId: direct.manifest.snapshotId, nodeCount: direct.graph.nodes.length });
    expect(manifest?.sources.map((source) => source.id)).toContain('sou-2007-104');
  });

  it('refuses an unknown body type, naming the field', async () => {
    const response = await live.app.apollo.executeOperation(
      { query: '{ snapshotManifest(filter: { bodyTypes: ["guild"] }) { snapshotId } }' },
      { contextValue: { database: live.test.database } },
    );
    assert(response.body.kind === 'single');
    expect(response.body.singleResult.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', parameter: 'filter.bodyTypes' } });
  });

  it('previews the elements and the measures an export would carry, as the export itself holds them', async () => {
    const response = await live.app.apollo.executeOperation<{
      snapshotPreview: { manifest: { snapshotId: string; edgeCount: number; measures: { measures: { name: string }[]; measuredNodes: number } | null }; nodes: { id: string; kind: string }[]; edges: { id: string; relationship: string; weight: number }[] };
    }>(
      {
        query: `{ snapshotPreview(asOf: "2007-06-01", mode: projected, measures: [community, pagerank]) {
          manifest { snapshotId edgeCount measures { measures { name } measuredNodes } }
          nodes { id kind }
          edges { id relationship weight }
        } }`,
      },
      { contextValue: { database: live.test.database } },
    );
    assert(response.body.kind === 'single');
    const preview = response.body.singleResult.data?.snapshotPreview;
    const direct = await buildSnapshot(live.test.database, asOf('2007-06-01', { mode: 'projected', measures: ['pagerank', 'community'] }));
    expect(preview?.manifest).toEqual({
      snapshotId: direct.manifest.snapshotId,
      edgeCount: direct.graph.edges.length,
      measures: { measures: [{ name: 'pagerank' }, { name: 'community' }], measuredNodes: direct.manifest.measures?.measuredNodes },
    });
    expect(preview?.nodes.map((node) => node.id)).toEqual(direct.graph.nodes.map((node) => node.id));
    expect(preview?.edges.map((edge) => [edge.id, edge.relationship, edge.weight])).toEqual(direct.graph.edges.map((edge) => [edge.id, 'SHARED_TIE', edge.attributes['weight']]));
  });

  it('refuses measures without a date, naming the argument', async () => {
    const response = await live.app.apollo.executeOperation({ query: '{ snapshotManifest(measures: [degree]) { snapshotId } }' }, { contextValue: { database: live.test.database } });
    assert(response.body.kind === 'single');
    expect(response.body.singleResult.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', parameter: 'measures' } });
  });
});
