import { locatorCitation, readableLocator, sourceLabel } from './locatorCitation';

const sou = {
  title: 'Samverkan för lokal utveckling. Betänkande av Utredningen om samverkan mot segregation genom lokalt utvecklingsarbete',
  citation: 'SOU 2007:104. Samverkan för lokal utveckling. Slutbetänkande av Utredningen …',
};

describe('a locator read as a citation', () => {
  it('names the report by its designation and the lines with a dash, in either language', () => {
    expect(locatorCitation('sou-2007-104', sou, 'lines 898-900', 'en')).toBe('SOU 2007:104, lines 898–900');
    expect(locatorCitation('sou-2007-104', sou, 'lines 898-900', 'sv')).toBe('SOU 2007:104, rad 898–900');
  });

  it('joins several ranges and keeps a single line singular', () => {
    expect(readableLocator('lines 896-898; lines 904-909; lines 1957-1958', 'en')).toBe('lines 896–898, 904–909, 1957–1958');
    expect(readableLocator('lines 1726-1728, 1858-1868', 'sv')).toBe('rad 1726–1728, 1858–1868');
    expect(readableLocator('line 617', 'en')).toBe('line 617');
    expect(readableLocator('lines 627-629; line 1244', 'en')).toBe('lines 627–629, 1244');
  });

  it('leaves other locators as written and falls back to the title or the id', () => {
    expect(readableLocator('section 1 (Sammanfattning)', 'en')).toBe('section 1 (Sammanfattning)');
    expect(sourceLabel('prop-2003-04-69', { title: 'En ny statlig myndighet', citation: 'Prop. 2003/04:69. En ny statlig myndighet …' })).toBe('Prop. 2003/04:69');
    expect(sourceLabel('af-code-of-statutes', { title: "Arbetsförmedlingen's code of statutes", citation: 'Arbetsförmedlingen. "…"' })).toBe(
      "Arbetsförmedlingen's code of statutes",
    );
    expect(sourceLabel('unknown-source', null)).toBe('unknown-source');
  });
});
