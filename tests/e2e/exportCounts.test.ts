import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { buildSnapshot } from '../../server/src/export/buildSnapshot';
import { noFilter, type SnapshotMode } from '../../server/src/export/types';
import { useBrowserApp } from '../helpers/browserApp';
import { ExplorerPageObject } from './pages/ExplorerPage';
import { ExportPageObject } from './pages/ExportPage';

describe('the explorer and the export of the same snapshot in a real browser', () => {
  const app = useBrowserApp({ page: { acceptDownloads: true } });

  const scenes: [string, string | null, SnapshotMode][] = [
    ['every date, two-mode', null, 'twoMode'],
    ['2007-06-01, two-mode', '2007-06-01', 'twoMode'],
    ['every date, projected', null, 'projected'],
    ['2007-06-01, projected', '2007-06-01', 'projected'],
  ];

  it.each(scenes)('counts the nodes and links of %s as the export manifest does', async (_name, asOf, mode) => {
    const query = new URLSearchParams({ view: 'explorer', mode, ...(asOf === null ? {} : { asOf }) });
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?${query.toString()}`);
    const { manifest } = await buildSnapshot(app.test.database, { scope: { type: 'snapshot', asOf }, mode, filter: noFilter });
    expect(await explorer.counts()).toMatchObject({ totalNodes: manifest.counts.nodes, totalEdges: manifest.counts.edges });

    await new ExportPageObject(app.page).openFromMenu();
    expect(await app.page.textContent('[data-testid="export-counts"]')).toBe(`${manifest.counts.nodes} noder · ${manifest.counts.edges} kopplingar`);
  });

  it('exports the measures the reader chooses as node attributes, as the manifest and the preview say', async () => {
    await new ExplorerPageObject(app.page).open(`${app.url}/?view=explorer&asOf=2007-06-01&lang=en`);
    const exporter = new ExportPageObject(app.page);
    await exporter.openFromMenu();
    await exporter.chooseMeasures(['betweenness', 'community']);
    const measured = await buildSnapshot(app.test.database, { scope: { type: 'snapshot', asOf: '2007-06-01' }, mode: 'twoMode', filter: noFilter, measures: ['betweenness', 'community'] });
    expect(await exporter.measuresCarried()).toBe(`Betweenness, Community (Louvain) (${String(measured.manifest.measures?.measuredNodes)} nodes measured)`);
    expect(await exporter.snapshotId()).toBe(measured.manifest.snapshotId);

    const graph = parseGexf(Graph, readFileSync(await (await exporter.download('gexf')).path(), 'utf8'));
    const expected = measured.graph.nodes.find((node) => node.id === 'forsakringskassan');
    expect(graph.getNodeAttribute('forsakringskassan', 'betweenness')).toBeCloseTo(Number(expected?.attributes['betweenness']), 9);
    expect(graph.getNodeAttribute('forsakringskassan', 'community')).toBe(expected?.attributes['community']);
  });

  it('offers no measures for every date at once, and says why', async () => {
    await new ExplorerPageObject(app.page).open(`${app.url}/?view=explorer&lang=en`);
    await new ExportPageObject(app.page).openFromMenu();
    expect(await app.page.locator('[data-testid="export-measure-degree"]').isDisabled()).toBe(true);
    expect(await app.page.textContent('[data-testid="export-measures"] .hint')).toContain('pick a date');
  });
});
