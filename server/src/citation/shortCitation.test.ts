import { noFilter } from '../export/types';
import { shortReference } from './seriesDesignation';
import { shortCitation, type CitationFacts } from './shortCitation';
import { snapshotUrl } from './snapshotUrl';
import { sourceBasis } from './sourceBasis';

const source = (id: string, title = id) => ({ id, title, year: null, publisher: null, url: null, citation: title });

const facts: CitationFacts = {
  scope: { type: 'snapshot', asOf: '2007-06-01' },
  mode: 'twoMode',
  appVersion: '0.1.0',
  year: 2026,
  snapshotId: '0123456789abcdef',
  url: 'http://localhost:4000/export/json?asOf=2007-06-01',
  basis: { primary: 'SOU 2007:104', others: 5 },
};

describe('the short citation of a snapshot', () => {
  it('reads as an APA 7 data set reference in English and in Swedish', () => {
    expect(shortCitation(facts, 'en')).toBe(
      'Samverkan network as of 2007-06-01 (Samverkan 0.1.0; snapshot 0123456789abcdef) [Data set]. (2026). ' +
        'Based on SOU 2007:104 and 5 other sources (see manifest). http://localhost:4000/export/json?asOf=2007-06-01',
    );
    expect(shortCitation({ ...facts, mode: 'projected', basis: { primary: 'SOU 2007:104', others: 1 } }, 'sv')).toBe(
      'Samverkansnätverket per 2007-06-01, projicerat (Samverkan 0.1.0; ögonblicksbild 0123456789abcdef) [Datamängd]. (2026). ' +
        'Bygger på SOU 2007:104 och 1 annan källa (se manifestet). http://localhost:4000/export/json?asOf=2007-06-01',
    );
  });

  it('stays within 300 characters with a filtered URL on a public host', () => {
    const url = snapshotUrl('https://samverkan.example.se', {
      scope: { type: 'snapshot', asOf: '2007-06-01' },
      mode: 'projected',
      filter: { ...noFilter, kinds: ['Agency', 'Body', 'Municipality'] },
    });
    expect(url).toBe('https://samverkan.example.se/export/json?asOf=2007-06-01&mode=projected&kinds=Agency,Body,Municipality');
    for (const language of ['sv', 'en'] as const) expect(shortCitation({ ...facts, url }, language).length).toBeLessThanOrEqual(300);
  });

  it('names an official publication by its series designation and counts the other sources', () => {
    expect(shortReference(source('sou-2007-104'))).toBe('SOU 2007:104');
    expect(shortReference(source('prop-2003-04-69'))).toBe('Prop. 2003/04:69');
    expect(shortReference(source('ds-2008-67'))).toBe('Ds 2008:67');
    expect(shortReference(source('sv-wikipedia-lansarbetsnamnd', 'Länsarbetsnämnd'))).toBe('Länsarbetsnämnd');
    const sources = [source('ds-2008-67'), source('sou-2007-104'), source('dir-2007-42')];
    expect(sourceBasis(sources, new Map([['sou-2007-104', 40], ['ds-2008-67', 2]]))).toEqual({ primary: 'SOU 2007:104', others: 2 });
    expect(sourceBasis(sources, new Map())).toEqual({ primary: null, others: 0 });
  });
});
