import { normaliseForSearch, searchFolds, searchTokens } from './normalise';

describe('search normalisation', () => {
  it('folds case and Swedish letters so the plain spelling matches', () => {
    expect(normaliseForSearch('Göteborg')).toBe('goteborg');
    expect(normaliseForSearch('ÖREBRO')).toBe('orebro');
    expect(normaliseForSearch('Västra Götalands län')).toBe('vastra gotalands lan');
    expect(normaliseForSearch('Skåne')).toBe('skane');
  });

  it('treats a letter written with a combining mark like the precomposed letter', () => {
    expect(normaliseForSearch('Go\u0308teborg')).toBe('goteborg');
  });

  it('turns hyphens, dashes and brackets into single spaces', () => {
    expect(normaliseForSearch('  Lokala arbets-  och (utvecklings)centra – Malmö ')).toBe('lokala arbets och utvecklings centra malmo');
  });

  it('splits into distinct words and gives no words for blank text', () => {
    expect(searchTokens('Malmö  malmo lokala')).toEqual(['malmo', 'lokala']);
    expect(searchTokens('  – ')).toEqual([]);
  });

  it('folds only to lower-case text, so folding a folded name changes nothing', () => {
    for (const [, to] of searchFolds) expect(to).toBe(to.toLowerCase());
    expect(normaliseForSearch(normaliseForSearch('Åre – Östersund'))).toBe(normaliseForSearch('Åre – Östersund'));
  });
});
