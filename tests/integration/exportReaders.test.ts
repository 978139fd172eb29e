import assert from 'node:assert/strict';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import JSZip from 'jszip';
import { twoModeGraph } from '../../client/src/core/graph/explorerElements';
import { indexNetwork } from '../../client/src/core/graph/networkIndex';
import { networkQuery } from '../../client/src/core/graph/networkQuery';
import type { NetworkQuery } from '../../client/src/graphql/generated/graphql';
import { createApp, type App } from '../../server/src/app';
import { buildSnapshot, type Snapshot } from '../../server/src/export/buildSnapshot';
import { writeCsvZip } from '../../server/src/export/csv';
import { writeCytoscapeJson } from '../../server/src/export/cytoscapeJson';
import { writeGexf } from '../../server/src/export/gexf';
import { writeDynamicGexf } from '../../server/src/export/gexfDynamic';
import { writeGraphml } from '../../server/src/export/graphml';
import { noFilter, type SnapshotRequest } from '../../server/src/export/types';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';
import { schemaErrors } from '../helpers/xmlSchema';

const request = (asOf: string | null, mode: SnapshotRequest['mode'] = 'twoMode'): SnapshotRequest => ({ scope: { type: 'snapshot', asOf }, mode, filter: noFilter });

/** What the explorer draws for a date: the network query's answer through the explorer's own element builder. */
async function explorerCounts(app: App, test: TestDatabase, asOf: string | null): Promise<{ nodes: number; edges: number }> {
  const response = await app.apollo.executeOperation<NetworkQuery>({ query: networkQuery.toString(), variables: { asOf } }, { contextValue: { database: test.database } });
  assert(response.body.kind === 'single');
  const network = response.body.singleResult.data?.network;
  if (network === undefined) throw new Error(JSON.stringify(response.body.singleResult.errors));
  const { viewGraph } = twoModeGraph(indexNetwork(network));
  return { nodes: viewGraph.nodeIds.length, edges: viewGraph.edges.length };
}

describe('exports as the researchers’ tools read them', () => {
  let test: TestDatabase;
  let app: App;
  let dated: Snapshot;
  let projected: Snapshot;
  let history: Snapshot;
  const view = new Map([
    ['integrationsverket', { x: 12.5, y: -3, color: '#D55E00', size: 34 }],
    ['ams', { x: -40, y: 8, color: '#0072b2', size: 30 }],
  ]);
  beforeAll(async () => {
    test = openTestDatabase();
    app = await createApp({ database: test.database, production: false });
    [dated, projected, history] = await Promise.all([
      buildSnapshot(test.database, request('2007-06-01')),
      buildSnapshot(test.database, request('2007-06-01', 'projected')),
      buildSnapshot(test.database, { scope: { type: 'history', from: '2006-01-01', to: '2008-06-01' }, mode: 'twoMode', filter: noFilter }),
    ]);
  });
  afterAll(async () => {
    await app.stop();
    await test.close();
  });

  it('every GEXF export is valid GEXF 1.3: by the XSD, and with the view’s positions and colours by its RelaxNG grammar', () => {
    for (const document of [writeGexf(dated), writeGexf(projected), writeDynamicGexf(history)]) expect(schemaErrors('gexf', document)).toEqual([]);
    for (const document of [writeGexf(dated, view), writeGexf(projected, view), writeDynamicGexf(history, view)]) {
      expect(schemaErrors('gexf-relaxng', document)).toEqual([]);
    }
  });

  it('every GraphML export is valid GraphML', () => {
    for (const document of [writeGraphml(dated), writeGraphml(projected)]) expect(schemaErrors('graphml', document)).toEqual([]);
  });

  it('the schema checks do find a broken file', () => {
    expect(schemaErrors('gexf', writeGexf(dated).replace('mode="static"', 'mode="sometimes"'))).not.toEqual([]);
    expect(schemaErrors('gexf-relaxng', writeGexf(dated, view).replace('r="213"', 'r="red"'))).not.toEqual([]);
  });

  it('GEXF colours are r, g, b and a, which NetworkX, Gephi and graphology read', () => {
    const gexf = writeGexf(dated, view);
    expect(gexf).toContain('<viz:color r="213" g="94" b="0" a="1.0"');
    expect(gexf).not.toContain('hex=');
    expect(parseGexf(Graph, gexf).getNodeAttributes('integrationsverket')).toMatchObject({ color: 'rgba(213,94,0,1.0)', x: 12.5, y: 3, size: 34 });
  });

  it('keeps the two cooperations of Försäkringskassan and AMS apart by their GEXF kind', async () => {
    const all = await buildSnapshot(test.database, request(null));
    const read = parseGexf(Graph, writeGexf(all));
    const kinds = read.edges('forsakringskassan', 'ams').map((edge) => String(read.getEdgeAttribute(edge, 'kind'))).sort();
    expect(kinds).toEqual(['COOPERATES_WITH:coop-forsakringskassan-ams', 'COOPERATES_WITH:coop-forsakringskassan-ams-joint-offices']);
    expect(read.getEdgeAttribute('party-introduction-2001-integrationsverket', 'kind')).toBe('PARTY_TO');
  });

  it('GraphML and CSV lists split back into exactly the stored arrays, each locator beside its source', async () => {
    const ties = projected.graph.edges;
    const paired = ties.find((tie) => Array.isArray(tie.attributes['locator']) && tie.attributes['locator'].some((locator) => locator.includes('; ')));
    expect(paired).toBeDefined();
    const graphml = parseGraphml(Graph, writeGraphml(projected));
    const zip = await JSZip.loadAsync(await writeCsvZip(projected));
    const rows = parseCsv<Record<string, string>>((await zip.file('edges.csv')?.async('string')) ?? '', { columns: true });
    for (const tie of ties) {
      const row = rows.find((candidate) => candidate['Id'] === tie.id);
      for (const key of ['bodies', 'links', 'sourceId', 'locator']) {
        expect(JSON.parse(String(graphml.getEdgeAttribute(tie.id, key)))).toEqual(tie.attributes[key]);
        expect(JSON.parse(row?.[key] ?? 'null')).toEqual(tie.attributes[key]);
      }
      const { sourceId, locator } = tie.attributes;
      expect(Array.isArray(sourceId) && Array.isArray(locator) && sourceId.length === locator.length).toBe(true);
    }
  });

  it('Cytoscape JSON has the snapshot id, citation and manifest as flat network fields, and undirected ties', () => {
    const document = JSON.parse(writeCytoscapeJson(projected)) as {
      data: Record<string, unknown>;
      elements: { edges: { data: { directed: boolean } }[] };
    };
    expect(document.data).toMatchObject({ snapshotId: projected.manifest.snapshotId, suggestedCitation: projected.manifest.suggestedCitation });
    expect(JSON.parse(String(document.data['manifestJson']))).toMatchObject({ snapshotId: projected.manifest.snapshotId, counts: projected.manifest.counts });
    expect(document.elements.edges.length).toBeGreaterThan(0);
    expect(document.elements.edges.every((edge) => !edge.data.directed)).toBe(true);
  });

  it.each([null, '2007-06-01', '2008-06-01'])('the explorer and the export count the same nodes and links as of %s', async (asOf) => {
    const { manifest } = await buildSnapshot(test.database, request(asOf));
    expect(await explorerCounts(app, test, asOf)).toEqual({ nodes: manifest.counts.nodes, edges: manifest.counts.edges });
  });
});
