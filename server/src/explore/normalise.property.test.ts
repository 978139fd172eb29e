import fc from 'fast-check';
import { normaliseForSearch, searchFolds, searchTokens } from './normalise';

const swedish = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäöéüABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉÜ0123456789 -–(),/:'.split('')) });

describe('search normalisation, for any text', () => {
  it('is idempotent: normalising a normalised text changes nothing', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => expect(normaliseForSearch(normaliseForSearch(text))).toBe(normaliseForSearch(text))));
  });

  it('gives lower case without folded letters, outer spaces or runs of spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const normalised = normaliseForSearch(text);
        expect(normalised).toBe(normalised.toLowerCase());
        expect(normalised).toBe(normalised.trim());
        expect(normalised).not.toMatch(/\s{2}/);
        for (const [from] of searchFolds) expect(normalised).not.toContain(from);
      }),
    );
  });

  it('ignores case and Swedish diacritics: a name written any way is found by its plain lower-case spelling', () => {
    fc.assert(
      fc.property(swedish, (text) => {
        expect(normaliseForSearch(text.toUpperCase())).toBe(normaliseForSearch(text.toLowerCase()));
        expect(normaliseForSearch(text.normalize('NFD'))).toBe(normaliseForSearch(text));
      }),
    );
  });

  it('splits into distinct, non-empty words of the normalised text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const tokens = searchTokens(text);
        expect(new Set(tokens).size).toBe(tokens.length);
        for (const token of tokens) {
          expect(token).not.toBe('');
          expect(token).not.toMatch(/\s/);
          expect(normaliseForSearch(text).split(' ')).toContain(token);
        }
      }),
    );
  });
});
