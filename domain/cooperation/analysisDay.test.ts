import { analysisDate, defaultAnalysisDay } from './analysisDay';

describe('the analysis date', () => {
  it('is the date asked for, or today (UTC) for the network analytics', () => {
    expect(analysisDate('2007-06-30', new Date('2024-05-01T12:00:00Z'))).toBe('2007-06-30');
    expect(analysisDate(null, new Date('2024-05-01T23:30:00Z'))).toBe('2024-05-01');
    expect(analysisDate(undefined, new Date('2024-12-31T00:00:00Z'))).toBe('2024-12-31');
  });
});

describe('the default day of the gap and silo analyses', () => {
  const agreements2007 = [
    { from: '2007-01-01', to: '2007-12-31' },
    { from: '2007-01-01', to: '2007-06-30' },
  ];

  it('is the last day an agreement held when all have ended', () => {
    expect(defaultAnalysisDay(agreements2007, '2026-12-02')).toEqual({ asOf: '2007-12-31', basis: 'latestRuleDay' });
  });

  it('is today while some agreement holds, open-ended ones included', () => {
    expect(defaultAnalysisDay(agreements2007, '2007-09-01')).toEqual({ asOf: '2007-09-01', basis: 'today' });
    expect(defaultAnalysisDay([{ from: '2020-01-01', to: null }], '2026-12-02')).toEqual({ asOf: '2026-12-02', basis: 'today' });
  });

  it('is the first day one will hold when all lie ahead, and today when no rule applies to anyone', () => {
    expect(defaultAnalysisDay([{ from: '2030-01-01', to: '2030-12-31' }, { from: '2029-06-01', to: null }], '2026-12-02')).toEqual({
      asOf: '2029-06-01',
      basis: 'latestRuleDay',
    });
    expect(defaultAnalysisDay([], '2026-12-02')).toEqual({ asOf: '2026-12-02', basis: 'today' });
  });
});
