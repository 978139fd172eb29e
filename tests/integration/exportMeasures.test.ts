import assert from 'node:assert/strict';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import JSZip from 'jszip';
import { createApp, type App } from '../../server/src/app';
import { buildSnapshot, type Snapshot } from '../../server/src/export/buildSnapshot';
import { writeCsvZip } from '../../server/src/export/csv';
import { writeCytoscapeJson } from '../../server/src/export/cytoscapeJson';
import { writeGexf } from '../../server/src/export/gexf';
import { writeGraphml } from '../../server/src/export/graphml';
import { exportMeasures, measureTypes, type ExportMeasure } from '../../server/src/export/measureTypes';
import { writeNodeLinkJson } from '../../server/src/export/nodeLinkJson';
import { noFilter, type SnapshotMode } from '../../server/src/export/types';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';
import { schemaErrors } from '../helpers/xmlSchema';

const asOf = '2007-06-01';
const modes: SnapshotMode[] = ['twoMode', 'projected'];

const metricsQuery = `
  query Metrics($asOf: Date, $mode: GraphMode) {
    networkMetrics(asOf: $asOf, mode: $mode) {
      nodeCount tieCount modularity louvainSeed betweennessSources
      nodes { id degree weightedDegree betweenness closeness eigenvector pagerank coreNumber community }
      definitions { measure normalisation networkx }
    }
  }
`;

type MeasuredNode = Record<ExportMeasure, number> & { id: string };

interface Metrics {
  nodeCount: number;
  tieCount: number;
  modularity: number;
  louvainSeed: string;
  betweennessSources: number | null;
  nodes: MeasuredNode[];
  definitions: { measure: string; normalisation: string; networkx: string }[];
}

/** Every measure of every measured node as a file's reader gives it back, to compare with networkMetrics. */
function readBack(metrics: Metrics, valueOf: (id: string, measure: ExportMeasure) => unknown): void {
  for (const node of metrics.nodes) {
    for (const measure of exportMeasures) expect({ id: node.id, measure, value: valueOf(node.id, measure) }).toEqual({ id: node.id, measure, value: node[measure] });
  }
}

describe('exports that carry the network measures as node attributes', () => {
  let test: TestDatabase;
  let app: App;
  const snapshots = new Map<SnapshotMode, Snapshot>();
  const metrics = new Map<SnapshotMode, Metrics>();

  beforeAll(async () => {
    test = openTestDatabase();
    app = await createApp({ database: test.database, production: false });
    for (const mode of modes) {
      snapshots.set(mode, await buildSnapshot(test.database, { scope: { type: 'snapshot', asOf }, mode, filter: noFilter, measures: [...exportMeasures] }));
      const response = await app.apollo.executeOperation<{ networkMetrics: Metrics }>({ query: metricsQuery, variables: { asOf, mode } }, { contextValue: { database: test.database } });
      assert(response.body.kind === 'single' && response.body.singleResult.data);
      metrics.set(mode, response.body.singleResult.data.networkMetrics);
    }
  });
  afterAll(async () => {
    await app.stop();
    await test.close();
  });

  const both = (mode: SnapshotMode) => {
    const snapshot = snapshots.get(mode);
    const measured = metrics.get(mode);
    assert(snapshot && measured);
    return { snapshot, measured };
  };

  it.each(modes)('GEXF (%s) declares each measure with its type, reads back through graphology-gexf as networkMetrics gave it, and is valid GEXF 1.3', (mode) => {
    const { snapshot, measured } = both(mode);
    const gexf = writeGexf(snapshot);
    for (const measure of exportMeasures) expect(gexf).toContain(`<attribute id="${measure}" title="${measure}" type="${measureTypes[measure]}"/>`);
    const graph = parseGexf(Graph, gexf);
    readBack(measured, (id, measure) => graph.getNodeAttribute(id, measure));
    expect(schemaErrors('gexf', gexf)).toEqual([]);
  });

  it.each(modes)('GraphML (%s) declares int and double keys, reads back through graphology-graphml, and is valid GraphML', (mode) => {
    const { snapshot, measured } = both(mode);
    const graphml = writeGraphml(snapshot);
    expect(graphml).toContain('<key id="n_betweenness" for="node" attr.name="betweenness" attr.type="double"/>');
    expect(graphml).toContain('<key id="n_coreNumber" for="node" attr.name="coreNumber" attr.type="int"/>');
    const graph = parseGraphml(Graph, graphml);
    readBack(measured, (id, measure) => graph.getNodeAttribute(id, measure));
    expect(schemaErrors('graphml', graphml)).toEqual([]);
  });

  it.each(modes)('nodes.csv (%s) has a column per measure whose numbers parse back to networkMetrics’ values', async (mode) => {
    const { snapshot, measured } = both(mode);
    const zip = await JSZip.loadAsync(await writeCsvZip(snapshot));
    const rows = parseCsv<Record<string, string>>((await zip.file('nodes.csv')?.async('string')) ?? '', { columns: true });
    const byId = new Map(rows.map((row) => [row['Id'], row]));
    readBack(measured, (id, measure) => Number(byId.get(id)?.[measure]));
    const manifest = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}') as { measures: { mode: string } };
    expect(manifest.measures.mode).toBe(mode);
  });

  it.each(modes)('node-link and Cytoscape JSON (%s) carry the measures as numbers', (mode) => {
    const { snapshot, measured } = both(mode);
    const nodeLink = JSON.parse(writeNodeLinkJson(snapshot)) as { nodes: Record<string, unknown>[] };
    const cyjs = JSON.parse(writeCytoscapeJson(snapshot)) as { elements: { nodes: { data: Record<string, unknown> }[] } };
    const nodeLinkById = new Map(nodeLink.nodes.map((node) => [node['id'], node]));
    const cyjsById = new Map(cyjs.elements.nodes.map((node) => [node.data['id'], node.data]));
    readBack(measured, (id, measure) => nodeLinkById.get(id)?.[measure]);
    readBack(measured, (id, measure) => cyjsById.get(id)?.[measure]);
  });

  it('leaves the nodes the measured graph has no place for without measures: places and goal areas in two-mode', () => {
    const { snapshot, measured } = both('twoMode');
    const unmeasured = snapshot.graph.nodes.filter((node) => !measured.nodes.some((entry) => entry.id === node.id));
    expect(unmeasured.length).toBeGreaterThan(0);
    for (const node of unmeasured) expect(['County', 'District', 'GoalArea']).toContain(node.attributes['kind']);
    for (const node of unmeasured) for (const measure of exportMeasures) expect(node.attributes[measure]).toBeUndefined();
  });

  it.each(modes)('the manifest (%s) says which measures, which graph and which parameters, as networkMetrics does', (mode) => {
    const { snapshot, measured } = both(mode);
    const described = snapshot.manifest.measures;
    assert(described);
    expect(described.measures.map((entry) => [entry.name, entry.type])).toEqual(exportMeasures.map((name) => [name, measureTypes[name]]));
    const definitions = new Map(measured.definitions.map((definition) => [definition.measure, definition]));
    for (const entry of described.measures) expect({ normalisation: entry.normalisation, networkx: entry.networkx }).toEqual({ normalisation: definitions.get(entry.name)?.normalisation, networkx: definitions.get(entry.name)?.networkx });
    expect(described).toMatchObject({ mode, asOf, measuredNodes: measured.nodeCount, ties: measured.tieCount });
    expect(described.parameters).toEqual({
      louvainSeed: measured.louvainSeed,
      louvainResolution: 1,
      modularity: measured.modularity,
      betweennessSources: measured.betweennessSources,
      tolerance: 1e-10,
      pagerankAlpha: 0.85,
    });
    expect(described.communities.reduce((sum, community) => sum + community.size, 0)).toBe(measured.nodeCount);
  });

  it('carries only the measures asked for, and none when none are asked for', async () => {
    const some = await buildSnapshot(test.database, { scope: { type: 'snapshot', asOf }, mode: 'projected', filter: noFilter, measures: ['pagerank', 'community'] });
    const plain = await buildSnapshot(test.database, { scope: { type: 'snapshot', asOf }, mode: 'projected', filter: noFilter });
    expect(some.manifest.measures?.measures.map((entry) => entry.name)).toEqual(['pagerank', 'community']);
    expect(Object.keys(some.graph.nodes[0]?.attributes ?? {})).toEqual(expect.arrayContaining(['pagerank', 'community']));
    expect(Object.keys(some.graph.nodes[0]?.attributes ?? {})).not.toContain('betweenness');
    expect(plain.manifest.measures).toBeNull();
    expect(plain.graph.nodes.some((node) => 'pagerank' in node.attributes)).toBe(false);
  });
});
