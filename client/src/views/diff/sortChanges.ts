import type { Language } from '../../core/i18n/messages';

export type ChangeColumn = 'name' | 'from' | 'to' | 'change';

export interface ChangeSort {
  column: ChangeColumn;
  descending: boolean;
}

interface Row {
  id: string;
  name: string;
  from?: number | null;
  to?: number | null;
  change?: number | null;
}

/**
 * Rows in the chosen order: names by the language's collation, numbers by value. A node without a value (absent on
 * one date) goes last whichever way the column is sorted, and equal rows keep to name then id, so the order is stable.
 */
export function sortChanges<T extends Row>(rows: readonly T[], { column, descending }: ChangeSort, language: Language): T[] {
  const locale = language === 'sv' ? 'sv' : 'en';
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, locale) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [...rows].sort((a, b) => {
    if (column === 'name') return descending ? byName(b, a) : byName(a, b);
    const [x, y] = [a[column] ?? null, b[column] ?? null];
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return (descending ? y - x : x - y) || byName(a, b);
  });
}
