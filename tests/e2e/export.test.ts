import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import JSZip from 'jszip';
import { parse as parseGexf } from 'graphology-gexf';
import { networkDiff } from '../../server/src/diff/networkDiff';
import { buildSnapshot } from '../../server/src/export/buildSnapshot';
import { noFilter } from '../../server/src/export/types';
import { useBrowserApp } from '../helpers/browserApp';
import { DiffPageObject } from './pages/DiffPage';
import { ExplorerPageObject } from './pages/ExplorerPage';
import { ExportPageObject } from './pages/ExportPage';

/** Width and height from a PNG's header chunk. */
function pngSize(file: Buffer): { width: number; height: number } {
  expect(file.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

describe('exports and the diff in a real browser', () => {
  const app = useBrowserApp({ page: { acceptDownloads: true } });

  async function openExport(query = 'asOf=2007-06-01'): Promise<ExportPageObject> {
    await new ExplorerPageObject(app.page).open(`${app.url}/?view=explorer&${query}`);
    const exporter = new ExportPageObject(app.page);
    await exporter.openFromMenu();
    return exporter;
  }

  it('shows what is exported and the downloads first, then the citation to copy, then the bibliography folded', async () => {
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    const exporter = await openExport();
    const snapshot = await buildSnapshot(app.test.database, { scope: { type: 'snapshot', asOf: '2007-06-01' }, mode: 'twoMode', filter: noFilter }, { origin: app.url });
    expect(await app.page.textContent('[data-testid="export-counts"]')).toBe(`${snapshot.manifest.counts.nodes} noder · ${snapshot.manifest.counts.edges} kopplingar`);
    expect(await exporter.citation('sv')).toBe(snapshot.manifest.suggestedCitationSv);
    expect(await exporter.citation('en')).toBe(snapshot.manifest.suggestedCitation);
    const order = await Promise.all(['export-summary', 'export-csv', 'citation-sv', 'export-bibtex', 'bibliography'].map((id) => exporter.top(id)));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(await exporter.bibliographyOpen()).toBe(false);
    expect(await app.page.locator('[data-testid="bibliography"] li').count()).toBe(snapshot.manifest.bibliography.length);
    await app.page.screenshot({ path: `${process.env['TMPDIR'] ?? '/tmp'}/samverkan-export-sv.png` });

    expect(await exporter.copyCitation('sv')).toBe('Kopierad');
    expect(await app.page.evaluate(() => navigator.clipboard.readText())).toBe(snapshot.manifest.suggestedCitationSv);

    const bibtex = readFileSync(await (await exporter.download('bibtex')).path(), 'utf8');
    expect(new Cite(bibtex).data[0]).toMatchObject({ URL: snapshot.manifest.citationUrl, title: snapshot.manifest.title });
  });

  it('gives the citation in English in the English view, with its own confirmation', async () => {
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    const exporter = await openExport('asOf=2007-06-01&lang=en&mode=projected');
    const snapshot = await buildSnapshot(app.test.database, { scope: { type: 'snapshot', asOf: '2007-06-01' }, mode: 'projected', filter: noFilter }, { origin: app.url });
    expect(await exporter.citation('en')).toBe(snapshot.manifest.suggestedCitation);
    expect(await app.page.locator('[data-testid="citation-sv"]').count()).toBe(0);
    expect(await exporter.copyCitation('en')).toBe('Copied');
    await app.page.click('[data-testid="bibliography"] summary');
    expect(await exporter.bibliographyOpen()).toBe(true);
    await app.page.screenshot({ path: `${process.env['TMPDIR'] ?? '/tmp'}/samverkan-export-en.png` });
  });

  it('exports the drawn graph as PNG at the chosen scale', async () => {
    const exporter = await openExport();
    const snapshot = await buildSnapshot(app.test.database, { scope: { type: 'snapshot', asOf: '2007-06-01' }, mode: 'twoMode', filter: noFilter });
    expect(await exporter.renderedNodeCount()).toBe(snapshot.graph.nodes.length);
    expect(await exporter.snapshotId()).toBe(snapshot.manifest.snapshotId);

    await exporter.setImageOptions({ scale: 1 });
    const single = await exporter.download('png');
    expect(single.suggestedFilename()).toBe(`samverkan-2007-06-01-${snapshot.manifest.snapshotId}@1x.png`);
    const small = pngSize(readFileSync(await single.path()));
    await exporter.setImageOptions({ scale: 2 });
    const large = pngSize(readFileSync(await (await exporter.download('png')).path()));
    expect(small.width).toBeGreaterThan(400);
    expect(Math.abs(large.width - 2 * small.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(large.height - 2 * small.height)).toBeLessThanOrEqual(4);
  });

  it('exports the drawn graph as SVG with title, date, legend and a background that can be turned off', async () => {
    const exporter = await openExport();
    await exporter.setImageOptions({ title: 'Samverkan juni 2007' });
    const svgText = readFileSync(await (await exporter.download('svg')).path(), 'utf8');
    const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    expect(svg.documentElement.nodeName).toBe('svg');
    const texts = Array.from(svg.getElementsByTagName('text')).map((text) => text.textContent);
    expect(texts).toContain('Samverkan juni 2007');
    expect(texts).toContain('Datum: 2007-06-01');
    expect(texts).toContain('Myndighet');
    const legendMark = (label: string) => Array.from(svg.getElementsByTagName('text')).find((text) => text.textContent === label)?.previousSibling as Element | null | undefined;
    expect(legendMark('Myndighet')?.nodeName).toBe('polygon');
    expect(legendMark('Myndighet')?.getAttribute('points')?.split(' ')).toHaveLength(4);
    expect(legendMark('Myndighet')?.getAttribute('fill')).toBe('#D55E00');
    expect(legendMark('Kommun')?.nodeName).toBe('ellipse');
    expect(texts).toContain('Integrationsverket');
    const shapes = ['ellipse', 'rect', 'polygon'].reduce((sum, tag) => sum + svg.getElementsByTagName(tag).length, 0);
    expect(shapes).toBeGreaterThan(await exporter.renderedNodeCount());
    const background = (document: typeof svg) => Array.from(document.getElementsByTagName('rect')).some((rect) => rect.getAttribute('x') === '0' && rect.getAttribute('fill') === '#ffffff');
    expect(background(svg)).toBe(true);

    await exporter.setImageOptions({ background: false });
    const transparent = new DOMParser().parseFromString(readFileSync(await (await exporter.download('svg')).path(), 'utf8'), 'image/svg+xml');
    expect(background(transparent)).toBe(false);
  });

  it('downloads GEXF with the positions and colours of the drawn graph', async () => {
    const exporter = await openExport();
    const download = await exporter.download('gexf');
    expect(download.suggestedFilename()).toMatch(/^samverkan-2007-06-01-[0-9a-f]{16}\.gexf$/);
    const read = parseGexf(Graph, readFileSync(await download.path(), 'utf8'));
    expect(read.order).toBe(await exporter.renderedNodeCount());
    expect(read.getNodeAttributes('integrationsverket')).toMatchObject({ color: 'rgba(213,94,0,1.0)', kind: 'Agency', validTo: '2007-06-30' });
    expect(typeof read.getNodeAttribute('integrationsverket', 'x')).toBe('number');
  });

  it('downloads CSV for Excel with a byte-order mark, the plain CSV without, and the workbook', async () => {
    const exporter = await openExport();
    const firstBytes = async (button: 'csv' | 'csv-excel') => {
      const zip = await JSZip.loadAsync(readFileSync(await (await exporter.download(button)).path()));
      return Buffer.from((await zip.file('nodes.csv')?.async('uint8array')) ?? []).subarray(0, 3).toString('hex');
    };
    expect(await firstBytes('csv-excel')).toBe('efbbbf');
    expect(await firstBytes('csv')).not.toBe('efbbbf');
    expect((await exporter.download('xlsx')).suggestedFilename()).toMatch(/^samverkan-2007-06-01-[0-9a-f]{16}\.xlsx$/);
  });

  it('says when the database does not answer the export preview, and draws it once it does and the user retries', async () => {
    await new ExplorerPageObject(app.page).open(`${app.url}/?view=explorer&asOf=2007-06-01`);
    const unavailable = { errors: [{ message: 'The database is not reachable right now; try again in a moment.', extensions: { code: 'DATABASE_UNAVAILABLE' } }] };
    // Only the preview fails: the rest of the app (the shell's own questions) still gets its answers.
    await app.page.route('**/graphql', (route) =>
      route.request().postData()?.includes('SnapshotPreview') === true
        ? route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(unavailable) })
        : route.fallback(),
    );
    await app.page.click('[data-testid="view-export"]');
    await app.page.waitForSelector('[data-testid="export-view"] [data-testid="load-error"]');
    expect(await app.page.textContent('[data-testid="load-error"]')).toContain('Databasen svarar inte just nu');
    await app.page.unroute('**/graphql');
    await app.page.click('[data-testid="load-error"] button');
    const exporter = new ExportPageObject(app.page);
    await app.page.waitForSelector('[data-testid="export-view"]:not([data-rendered-nodes=""])', { timeout: 60_000 });
    expect(await exporter.renderedNodeCount()).toBeGreaterThan(0);
    expect(await app.page.isVisible('[data-testid="load-error"]')).toBe(false);
  });

  it('opens a diff between 2006-01-01 and 2008-06-01 and lists the changes', async () => {
    await new ExplorerPageObject(app.page).open(`${app.url}/?view=explorer`);
    const diffView = new DiffPageObject(app.page);
    await diffView.openFromMenu();
    await diffView.compare('2006-01-01', '2008-06-01');
    const expected = await networkDiff(app.test.database, { from: '2006-01-01', to: '2008-06-01', filter: noFilter });
    expect(await diffView.renderedNodeCount()).toBe(expected.nodes.length);
    expect(await diffView.changeOf('integrationsverket')).toBe('removed');
    expect(await diffView.changeOf('arbetsformedlingen')).toBe('added');
    expect(await diffView.edgeChangeOf('member-central-agency-working-group-2005-integrationsverket')).toBe('removed');
    expect(await diffView.count('nodes', 'removed')).toBe(expected.summary.nodes.removed);
    expect(await diffView.count('links', 'added')).toBe(expected.summary.edges.added);
    expect(await diffView.count('memberships', 'removed')).toBe(expected.summary.memberships.removed);
    expect(await app.page.locator('[data-testid="diff-figures"] li').count()).toBe(expected.summary.figures.length);
    expect(app.page.url()).toContain('diffFrom=2006-01-01');
    await app.page.screenshot({ path: `${process.env['TMPDIR'] ?? '/tmp'}/samverkan-diff.png` });
  });
});
