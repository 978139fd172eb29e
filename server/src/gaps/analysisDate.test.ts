import { analysisDate } from './analysisDate';

describe('the analysis date', () => {
  it('is the date asked for', () => {
    expect(analysisDate('2007-06-30', new Date('2024-05-01T12:00:00Z'))).toBe('2007-06-30');
  });

  it('is today (UTC) when none is asked for', () => {
    expect(analysisDate(null, new Date('2024-05-01T23:30:00Z'))).toBe('2024-05-01');
    expect(analysisDate(undefined, new Date('2024-12-31T00:00:00Z'))).toBe('2024-12-31');
  });
});
