import fc from 'fast-check';
import { parseSeedDate } from './dates';

const day = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true });
const iso = (date: Date) => date.toISOString().slice(0, 10);
const nextDay = (text: string) => iso(new Date(Date.parse(`${text}T00:00:00Z`) + 86_400_000));

describe('seed dates, for any input', () => {
  it('reads every real day back as itself, at day precision, for a start and an end alike', () => {
    fc.assert(
      fc.property(day, (date) => {
        expect(parseSeedDate(iso(date), 'start')).toEqual({ iso: iso(date), precision: 'day' });
        expect(parseSeedDate(iso(date), 'end')).toEqual({ iso: iso(date), precision: 'day' });
      }),
    );
  });

  it('widens a month to the days it spans: the start is its first day, the day after its end the next month', () => {
    fc.assert(
      fc.property(day, (date) => {
        const month = iso(date).slice(0, 7);
        const start = parseSeedDate(month, 'start');
        const end = parseSeedDate(month, 'end');
        expect(start).toEqual({ iso: `${month}-01`, precision: 'month' });
        if (typeof end === 'string') throw new Error(end);
        expect(end.iso.slice(0, 7)).toBe(month);
        expect(nextDay(end.iso).slice(8)).toBe('01');
        expect(end.precision).toBe('month');
      }),
    );
  });

  it('widens a year to 1 January – 31 December', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), (year) => {
        expect(parseSeedDate(String(year), 'start')).toEqual({ iso: `${year}-01-01`, precision: 'year' });
        expect(parseSeedDate(String(year), 'end')).toEqual({ iso: `${year}-12-31`, precision: 'year' });
      }),
    );
  });

  it('answers any other text with a reason that quotes it, never a date and never an exception', () => {
    // Years from 1000 on: the seed holds no earlier dates, and years below 1000 come back unpadded.
    const text = fc.oneof(fc.string(), fc.stringMatching(/^[1-9]\d{3}-\d{2}-\d{2}$/), fc.stringMatching(/^[1-9]\d{3}-\d{2}$/));
    fc.assert(
      fc.property(text, fc.constantFrom<'start' | 'end'>('start', 'end'), (value, end) => {
        const read = parseSeedDate(value, end);
        if (typeof read === 'string') expect(read).toContain(`"${value}"`);
        else expect(Date.parse(`${read.iso}T00:00:00Z`)).not.toBeNaN();
      }),
    );
  });
});
