import { parseSeedDate } from './dates';

describe('parseSeedDate', () => {
  it('widens a year to its first day for a start and its last day for an end', () => {
    expect(parseSeedDate('1999', 'start')).toEqual({ iso: '1999-01-01', precision: 'year' });
    expect(parseSeedDate('2001', 'end')).toEqual({ iso: '2001-12-31', precision: 'year' });
  });

  it('widens a month to its last day, leap years included', () => {
    expect(parseSeedDate('2008-02', 'end')).toEqual({ iso: '2008-02-29', precision: 'month' });
    expect(parseSeedDate('2007-02', 'end')).toEqual({ iso: '2007-02-28', precision: 'month' });
  });

  it('keeps a full day as it is', () => {
    expect(parseSeedDate('2007-06-30', 'end')).toEqual({ iso: '2007-06-30', precision: 'day' });
  });

  it('explains what is wrong with a date that does not exist', () => {
    expect(parseSeedDate('2007-02-30', 'start')).toBe('"2007-02-30" is not a day of the calendar');
    expect(parseSeedDate('2007-13', 'start')).toBe('"2007-13" has no month 13');
    expect(parseSeedDate('30/06/2007', 'start')).toMatch(/is not a date/);
  });
});
