import { Cite, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Snapshot } from '../export/buildSnapshot';
import type { Manifest } from '../export/manifest';
import { writeBibtex, writeCslJson, writeRis } from './citationFiles';

const manifest = {
  snapshotId: '0123456789abcdef',
  title: 'Samverkan network as of 2007-06-01',
  type: 'snapshot',
  mode: 'projected',
  app: { name: 'samverkan', version: '0.1.0' },
  citationUrl: 'http://localhost:4000/export/json?asOf=2007-06-01&mode=projected',
  basedOn: { primary: 'SOU 2007:104', others: 5 },
  generatedAt: '2026-12-02T10:00:00.000Z',
} as Manifest;
const snapshot: Snapshot = { manifest, graph: { nodes: [], edges: [] } };

/** What the three files must agree on, as Citation.js reads each back. */
function essentials(item: CslItem | undefined) {
  return {
    title: item?.title,
    year: item?.issued?.['date-parts']?.[0]?.[0],
    url: item?.URL,
    snapshotId: [item?.number, item?.note].some((field) => typeof field === 'string' && field.includes(manifest.snapshotId)),
  };
}

describe('the citation as BibTeX, RIS and CSL-JSON', () => {
  it('says the same title, year, URL and snapshot id in each, as Citation.js parses them', () => {
    const read = [writeBibtex(snapshot), writeRis(snapshot), writeCslJson(snapshot)].map((text) => new Cite(text).data);
    for (const items of read) {
      expect(items).toHaveLength(1);
      expect(essentials(items[0])).toEqual({
        title: 'Samverkan network as of 2007-06-01, projected',
        year: 2026,
        url: manifest.citationUrl,
        snapshotId: true,
      });
    }
  });

  it('keys the BibTeX entry by the snapshot, so the same snapshot cited twice is one entry', () => {
    expect(writeBibtex(snapshot)).toMatch(/^@misc\{samverkan0123456789abcdef,/);
    expect(JSON.parse(writeCslJson(snapshot))).toEqual([expect.objectContaining({ type: 'dataset', version: '0.1.0', author: [{ literal: 'Samverkan' }] })]);
  });
});
