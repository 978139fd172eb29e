/** A seed date as written: a year, a month or a day. Periods widen to their first or last day. */
export type DatePrecision = 'year' | 'month' | 'day';

export interface SeedDate {
  iso: string;
  precision: DatePrecision;
}

const datePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `end` picks the last day of a year or month. */
export function parseSeedDate(text: string, end: 'start' | 'end'): SeedDate | string {
  const match = datePattern.exec(text);
  if (match === null) return `"${text}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return `"${text}" has no month ${month}`;
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return `"${text}" is not a day of the calendar`;
  }
  if (month === undefined) {
    return { iso: end === 'start' ? `${year}-01-01` : `${year}-12-31`, precision: 'year' };
  }
  if (day === undefined) {
    const lastDay = daysInMonth(year, month);
    return { iso: `${year}-${pad(month)}-${end === 'start' ? '01' : pad(lastDay)}`, precision: 'month' };
  }
  return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}
