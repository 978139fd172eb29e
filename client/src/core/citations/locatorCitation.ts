import type { Language } from '../i18n/messages';

/** What a citation needs of a source: its title and its full citation text. */
export interface CitedSource {
  title: string;
  citation: string;
}

/** Official series designations a reader cites by: "SOU 2007:104", "Prop. 2003/04:69", "Ds 2008:67", "SFS 2003:1210". */
const designation = /^(SOU|Ds|Prop\.|Dir\.|SFS) \d{4}(\/\d{2})?:\d+/;

/** The name a source is cited by: its official designation when it has one, else its title up to the first full stop. */
export function sourceLabel(sourceId: string, source: CitedSource | null): string {
  if (source === null) return sourceId;
  const official = designation.exec(source.citation)?.[0];
  if (official !== undefined) return official;
  const [first] = source.title.split('. ');
  return first ?? source.title;
}

const lineWords: Record<Language, { one: string; many: string }> = {
  sv: { one: 'rad', many: 'rad' },
  en: { one: 'line', many: 'lines' },
};

/**
 * A locator as a reader writes it: "lines 898-900; line 1254" reads "lines 898–900, 1254" in English
 * and "rad 898–900, 1254" in Swedish. Locators of another form (a section, a page) are left as written.
 */
export function readableLocator(locator: string, language: Language): string {
  const parts = locator.split(';').map((part) => part.trim());
  const ranges = parts.map((part) => /^lines? (\d+(?:\s*-\s*\d+)?(?:\s*,\s*\d+(?:\s*-\s*\d+)?)*)$/.exec(part)?.[1]);
  if (ranges.some((range) => range === undefined)) return locator;
  const numbers = ranges.flatMap((range) => (range ?? '').split(',').map((item) => item.trim().replace(/\s*-\s*/, '–')));
  const words = lineWords[language];
  const single = numbers.length === 1 && !numbers[0]?.includes('–');
  return `${single ? words.one : words.many} ${numbers.join(', ')}`;
}

/** "SOU 2007:104, lines 898–900": the source by its designation and the place in it. */
export function locatorCitation(sourceId: string, source: CitedSource | null, locator: string, language: Language): string {
  return `${sourceLabel(sourceId, source)}, ${readableLocator(locator, language)}`;
}
