import type { Language } from './messages';

/** A name in the reader's language: the graph's English name in English where it has one (goal areas do). */
export function localName(ref: { name: string; nameEn?: string | null }, language: Language): string {
  return language === 'en' ? (ref.nameEn ?? ref.name) : ref.name;
}
