import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import JSZip from 'jszip';
import { servedAppOnTestDatabase } from '../helpers/testApp';

interface ErrorBody {
  error: { code: string; message: string; parameter?: string };
}

describe('the export download endpoints', () => {
  const running = servedAppOnTestDatabase();
  const get = running.get;

  it.each([
    ['gexf', 'application/gexf+xml; charset=utf-8', /^samverkan-2007-06-01-[0-9a-f]{16}\.gexf$/],
    ['graphml', 'application/graphml+xml; charset=utf-8', /^samverkan-2007-06-01-[0-9a-f]{16}\.graphml$/],
    ['csv', 'application/zip', /^samverkan-2007-06-01-[0-9a-f]{16}\.zip$/],
    ['json', 'application/json; charset=utf-8', /^samverkan-2007-06-01-[0-9a-f]{16}\.json$/],
    ['cyjs', 'application/json; charset=utf-8', /^samverkan-2007-06-01-[0-9a-f]{16}\.cyjs$/],
  ])('serves %s with its content type and a file name that says what is inside', async (format, contentType, fileName) => {
    const response = await get(`/export/${format}?asOf=2007-06-01`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename=/);
    expect(disposition.replace(/^attachment; filename="?([^"]*)"?$/, '$1')).toMatch(fileName);
    expect(disposition).toContain(response.headers.get('x-snapshot-id') ?? 'missing');
  });

  it('serves the same snapshot id for the same parameters and another for another filter', async () => {
    const ids = await Promise.all(
      ['/export/json?asOf=2007-06-01&kinds=Agency,Body', '/export/gexf?kinds=Body,Agency&asOf=2007-06-01', '/export/json?asOf=2007-06-01&kinds=Agency'].map(
        async (path) => (await get(path)).headers.get('x-snapshot-id'),
      ),
    );
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it('serves the dynamic GEXF over a period and names the period in the file name', async () => {
    const response = await get('/export/gexf-dynamic?from=2006-01-01&to=2008-06-01&kinds=Agency');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/samverkan-history-2006-01-01-to-2008-06-01-[0-9a-f]{16}\.gexf/);
    const read = parseGexf(Graph, await response.text());
    expect(read.hasNode('integrationsverket') && read.hasNode('arbetsformedlingen')).toBe(true);
  });

  it('takes the current view by POST and writes it as viz attributes', async () => {
    const response = await fetch(`${running.url}/export/gexf?asOf=2007-06-01`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ viz: { nodes: { ams: { x: 10, y: 20, color: '#D55E00', size: 34 } } } }),
    });
    expect(response.status).toBe(200);
    const read = parseGexf(Graph, await response.text());
    expect(read.getNodeAttributes('ams')).toMatchObject({ x: 10, y: -20, color: 'rgba(213,94,0,1.0)', size: 34 });
  });

  it.each([
    ['/export/gexf?asOf=2007-13-01', 'asOf', 'asOf: "2007-13-01" is not a calendar date written YYYY-MM-DD'],
    ['/export/csv?asOf=2007-06-01&asOf=2008-01-01', 'asOf', 'asOf: give it once'],
    ['/export/graphml?kinds=Agency,Ministry', 'kinds', 'kinds: "Ministry" is not one of'],
    ['/export/json?evidence=rumour', 'evidence', 'evidence: "rumour" is not one of'],
    ['/export/cyjs?mode=flat', 'mode', 'mode: "flat" is not one of twoMode, projected'],
    ['/export/gexf?date=2007-06-01', 'date', 'date: not a parameter here'],
    ['/export/gexf-dynamic?from=2008-01-01&to=2007-01-01', 'to', 'to: 2007-01-01 is before from (2008-01-01)'],
    ['/export/diff-json?to=2008-06-01', 'from', 'from: required'],
  ])('refuses %s with a 400 that names %s', async (path, parameter, message) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error).toMatchObject({ code: 'BAD_USER_INPUT', parameter });
    expect(body.error.message).toContain(message);
  });

  it('refuses a view that is not one, naming the field', async () => {
    const response = await fetch(`${running.url}/export/gexf`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ viz: { nodes: { ams: { x: 'left', y: 0 } } } }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error.parameter).toBe('body.viz.nodes.ams.x');
    const broken = await fetch(`${running.url}/export/gexf`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"viz": ' });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as ErrorBody).error.parameter).toBe('body');
  });

  it('answers 404 for a format it does not have, listing those it has', async () => {
    const response = await get('/export/pajek?asOf=2007-06-01');
    expect(response.status).toBe(404);
    expect(((await response.json()) as ErrorBody).error.message).toContain('gexf, gexf-dynamic, graphml, csv, xlsx, json, cyjs, bibtex, ris, csl-json, diff-csv, diff-json');
  });

  it('serves the diff between two dates as JSON and as zipped CSV', async () => {
    const json = await get('/export/diff-json?from=2006-01-01&to=2008-06-01');
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toMatch(/samverkan-diff-2006-01-01-to-2008-06-01-[0-9a-f]{16}\.json/);
    const diff = (await json.json()) as { nodes: { id: string; change: string }[]; manifest: { type: string } };
    expect(diff.manifest.type).toBe('diff');
    expect(diff.nodes.find((node) => node.id === 'integrationsverket')?.change).toBe('removed');
    expect(diff.nodes.find((node) => node.id === 'arbetsformedlingen')?.change).toBe('added');
    const csv = await get('/export/diff-csv?from=2006-01-01&to=2008-06-01');
    expect(csv.headers.get('content-type')).toBe('application/zip');
    const zip = await JSZip.loadAsync(await csv.arrayBuffer());
    expect(Object.keys(zip.files).sort()).toEqual(['edge-changes.csv', 'manifest.json', 'node-changes.csv', 'summary.json']);
    expect((await zip.file('node-changes.csv')?.async('string'))?.split('\n')[0]).toMatch(/^Id,Label,change,addedLinks,removedLinks,kind,/);
  });
});
