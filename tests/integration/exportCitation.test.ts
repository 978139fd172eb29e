import { Cite, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Manifest } from '../../server/src/export/manifest';
import { servedAppOnTestDatabase } from '../helpers/testApp';

describe('the citation of a snapshot, served beside its exports', () => {
  const running = servedAppOnTestDatabase();
  const get = running.get;
  const manifestOf = async (query: string) => ((await (await get(`/export/json?${query}`)).json()) as { graph: { manifest: Manifest } }).graph.manifest;

  it.each(['asOf=2007-06-01', 'asOf=2007-06-01&mode=projected', '', 'mode=projected&kinds=Agency,Body,Municipality'])(
    'gives a short citation in both languages that names SOU 2007:104, the snapshot id and a URL that gives the same snapshot again (%s)',
    async (query) => {
      const manifest = await manifestOf(query);
      expect(manifest.citationUrl).toBe(`${running.url}/export/json${query === '' ? '' : `?${query}`}`);
      for (const citation of [manifest.suggestedCitation, manifest.suggestedCitationSv]) {
        expect(citation.length).toBeLessThanOrEqual(300);
        expect(citation).toContain('SOU 2007:104');
        expect(citation).toContain(manifest.snapshotId);
        expect(citation.endsWith(manifest.citationUrl)).toBe(true);
        expect(citation).toContain(`Samverkan ${manifest.app.version}`);
        expect(citation).toContain(`(${new Date().getUTCFullYear()})`);
      }
      expect(manifest.suggestedCitation).toMatch(new RegExp(`Based on SOU 2007:104 and ${manifest.sources.length - 1} other sources \\(see manifest\\)`));
      expect(manifest.suggestedCitationSv).toMatch(new RegExp(`Bygger på SOU 2007:104 och ${manifest.sources.length - 1} andra källor \\(se manifestet\\)`));
      expect(manifest.bibliography).toEqual(manifest.sources.map((source) => source.citation));
      expect((await fetch(manifest.citationUrl)).headers.get('x-snapshot-id')).toBe(manifest.snapshotId);
    },
  );

  it('names the date the snapshot is as of, in each language', async () => {
    const manifest = await manifestOf('asOf=2007-06-01');
    expect(manifest.suggestedCitation).toContain('Samverkan network as of 2007-06-01');
    expect(manifest.suggestedCitationSv).toContain('Samverkansnätverket per 2007-06-01');
    expect((await manifestOf('')).suggestedCitationSv).toContain('Samverkansnätverket, alla datum');
  });

  it('downloads the citation as BibTeX, RIS and CSL-JSON that Citation.js reads back alike', async () => {
    const query = 'asOf=2007-06-01&mode=projected';
    const manifest = await manifestOf(query);
    const files = await Promise.all(
      [
        ['bibtex', 'application/x-bibtex; charset=utf-8', 'bib'],
        ['ris', 'application/x-research-info-systems; charset=utf-8', 'ris'],
        ['csl-json', 'application/vnd.citationstyles.csl+json; charset=utf-8', 'csl.json'],
      ].map(async ([format, contentType, extension]) => {
        const response = await get(`/export/${format}?${query}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe(contentType);
        expect(response.headers.get('content-disposition')).toContain(`samverkan-2007-06-01-projected-${manifest.snapshotId}.${extension}`);
        return response.text();
      }),
    );
    const read = files.map((text) => new Cite(text).data[0]);
    const said = (item: CslItem | undefined) => ({
      title: item?.title,
      year: item?.issued?.['date-parts']?.[0]?.[0],
      url: item?.URL,
      snapshotId: item?.note?.includes(manifest.snapshotId),
    });
    for (const item of read) {
      expect(said(item)).toEqual({ title: 'Samverkan network as of 2007-06-01, projected', year: new Date().getUTCFullYear(), url: manifest.citationUrl, snapshotId: true });
    }
  });

  it('answers the manifest over GraphQL with both citations and the bibliography', async () => {
    const response = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ snapshotManifest(asOf: "2007-06-01") { snapshotId suggestedCitation suggestedCitationSv citationUrl bibliography } }' }),
    });
    const { data } = (await response.json()) as { data: { snapshotManifest: Pick<Manifest, 'snapshotId' | 'suggestedCitation' | 'suggestedCitationSv' | 'citationUrl' | 'bibliography'> } };
    expect(data.snapshotManifest.citationUrl).toBe(`${running.url}/export/json?asOf=2007-06-01`);
    expect(data.snapshotManifest.suggestedCitationSv).toContain(data.snapshotManifest.snapshotId);
    expect(data.snapshotManifest.bibliography.some((entry) => entry.startsWith('SOU 2007:104.'))).toBe(true);
  });
});
