import type { ExplorerTimelineQuery } from '../../graphql/generated/graphql';

export type TimelineEvent = ExplorerTimelineQuery['timeline']['events'][number];

/** The changes that happen on one day. */
export interface TimelineDay {
  date: string;
  starts: number;
  ends: number;
  events: TimelineEvent[];
}

export function groupByDay(events: readonly TimelineEvent[]): TimelineDay[] {
  const days = new Map<string, TimelineDay>();
  for (const event of events) {
    const day = days.get(event.date) ?? { date: event.date, starts: 0, ends: 0, events: [] };
    if (event.change === 'starts') day.starts += 1;
    else day.ends += 1;
    day.events.push(event);
    days.set(event.date, day);
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The day of change at or before a date (what the network shows then was last changed on that day). */
export function dayAtOrBefore(days: readonly TimelineDay[], date: string): TimelineDay | null {
  let found: TimelineDay | null = null;
  for (const day of days) {
    if (day.date > date) break;
    found = day;
  }
  return found;
}

/**
 * The dates playback shows for a range: "from" itself, every day of change after it up to "to", and "to" itself,
 * each once and in order. Empty when the range is reversed.
 */
export function playbackDates(days: readonly TimelineDay[], from: string, to: string): string[] {
  if (from > to) return [];
  const between = days.map((day) => day.date).filter((date) => date > from && date < to);
  return from === to ? [from] : [from, ...between, to];
}

/** A date's place between first and last as a fraction, for drawing it on the time axis. */
export function positionOf(date: string, first: string, last: string): number {
  const start = Date.parse(first);
  const span = Date.parse(last) - start;
  if (span <= 0) return 0;
  return Math.min(1, Math.max(0, (Date.parse(date) - start) / span));
}

/** The date at a fraction of the axis, as YYYY-MM-DD. */
export function dateAt(fraction: number, first: string, last: string): string {
  const start = Date.parse(first);
  const time = start + Math.round(((Date.parse(last) - start) * Math.min(1, Math.max(0, fraction))) / 86_400_000) * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}
