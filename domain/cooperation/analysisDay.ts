/** Why an analysis runs on its day: the day asked for, today, or the latest day the rules applied to anyone. */
export const analysisDateBases = ['chosen', 'latestRuleDay', 'today'] as const;
export type AnalysisDateBasis = (typeof analysisDateBases)[number];

/** Today (UTC) as an ISO date. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The day an analysis of the network runs on when none is asked for: today (UTC). */
export function analysisDate(asOf: string | null | undefined, now: Date = new Date()): string {
  return asOf ?? today(now);
}

export interface Period {
  from: string | null;
  to: string | null;
}

export interface AnalysisDay {
  asOf: string;
  basis: AnalysisDateBasis;
}

/**
 * Without a chosen date, the gap and silo analyses use the latest day at which the rules apply to
 * anyone: today while some agreement holds, else the last day one held (the 2007 agreements end on
 * 2007-12-31), else the first day one will hold. Today when no rule applies at all.
 */
export function defaultAnalysisDay(periods: readonly Period[], day: string): AnalysisDay {
  if (periods.some(({ from, to }) => (from === null || from <= day) && (to === null || to >= day))) return { asOf: day, basis: 'today' };
  const ended = periods.flatMap(({ to }) => (to !== null && to < day ? [to] : [])).sort();
  const latest = ended[ended.length - 1];
  if (latest !== undefined) return { asOf: latest, basis: 'latestRuleDay' };
  const coming = periods.flatMap(({ from }) => (from !== null ? [from] : [])).sort()[0];
  return coming === undefined ? { asOf: day, basis: 'today' } : { asOf: coming, basis: 'latestRuleDay' };
}
