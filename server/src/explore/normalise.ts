/**
 * Search folds case and diacritics so "goteborg" finds Göteborg and "orebro" finds Örebro.
 * The same table folds the stored names inside the Cypher statement (passed as a parameter),
 * so the text typed and the names searched are always folded alike.
 */
export const searchFolds: readonly (readonly [from: string, to: string])[] = [
  ['å', 'a'],
  ['ä', 'a'],
  ['á', 'a'],
  ['à', 'a'],
  ['â', 'a'],
  ['ö', 'o'],
  ['ø', 'o'],
  ['ó', 'o'],
  ['ô', 'o'],
  ['æ', 'ae'],
  ['é', 'e'],
  ['è', 'e'],
  ['ê', 'e'],
  ['ë', 'e'],
  ['ü', 'u'],
  ['ú', 'u'],
  ['í', 'i'],
  ['ï', 'i'],
  ['ñ', 'n'],
  ['ç', 'c'],
  ['-', ' '],
  ['–', ' '],
  ['—', ' '],
  ['(', ' '],
  [')', ' '],
  [',', ' '],
  ['/', ' '],
  [':', ' '],
  ['"', ' '],
];

/** Lower case, Swedish and other common diacritics folded, punctuation as spaces, spaces collapsed. */
export function normaliseForSearch(text: string): string {
  let folded = text.normalize('NFC').toLowerCase();
  for (const [from, to] of searchFolds) folded = folded.split(from).join(to);
  return folded.replace(/\s+/g, ' ').trim();
}

/** The words of a search text; every word must occur in a name or code for a node to match. */
export function searchTokens(text: string): string[] {
  const normalised = normaliseForSearch(text);
  return normalised === '' ? [] : [...new Set(normalised.split(' '))];
}
