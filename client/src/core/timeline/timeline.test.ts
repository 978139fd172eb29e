import { dateAt, dayAtOrBefore, groupByDay, nextDay, positionOf, type TimelineEvent } from './timeline';

function event(date: string, change: 'starts' | 'ends', name: string): TimelineEvent {
  return { date, change, factDate: date, precision: 'day', nodeId: name, kind: 'Agency', name, edgeId: null, type: null, fromName: null, toName: null };
}

describe('the timeline of dated changes', () => {
  const days = groupByDay([
    event('2007-07-01', 'ends', 'integrationsverket'),
    event('2005-11-03', 'starts', 'working-group'),
    event('2007-07-01', 'ends', 'membership'),
    event('2008-01-01', 'starts', 'arbetsformedlingen'),
  ]);

  it('groups changes by day in date order and counts starts and ends', () => {
    expect(days.map((day) => [day.date, day.starts, day.ends])).toEqual([
      ['2005-11-03', 1, 0],
      ['2007-07-01', 0, 2],
      ['2008-01-01', 1, 0],
    ]);
  });

  it('finds the last change at or before a date and the next one for playback, stopping at the end of the range', () => {
    expect(dayAtOrBefore(days, '2007-12-31')?.date).toBe('2007-07-01');
    expect(dayAtOrBefore(days, '2000-01-01')).toBeNull();
    expect(nextDay(days, '2007-07-01', '2010-01-01')?.date).toBe('2008-01-01');
    expect(nextDay(days, null, '2010-01-01')?.date).toBe('2005-11-03');
    expect(nextDay(days, '2007-07-01', '2007-12-31')).toBeNull();
  });

  it('maps dates to the axis and back', () => {
    expect(positionOf('2007-07-02', '2007-07-01', '2007-07-03')).toBe(0.5);
    expect(dateAt(0.5, '2007-07-01', '2007-07-03')).toBe('2007-07-02');
    expect(dateAt(2, '2007-07-01', '2007-07-03')).toBe('2007-07-03');
  });
});
