import { dateAt, dayAtOrBefore, groupByDay, playbackDates, positionOf, type TimelineEvent } from './timeline';

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

  it('finds the last change at or before a date', () => {
    expect(dayAtOrBefore(days, '2007-12-31')?.date).toBe('2007-07-01');
    expect(dayAtOrBefore(days, '2000-01-01')).toBeNull();
  });

  it('plays a range from its first date through every change in it to its last date', () => {
    expect(playbackDates(days, '2006-01-01', '2010-01-01')).toEqual(['2006-01-01', '2007-07-01', '2008-01-01', '2010-01-01']);
    expect(playbackDates(days, '2005-11-03', '2007-07-01')).toEqual(['2005-11-03', '2007-07-01']);
    expect(playbackDates(days, '2007-08-01', '2007-09-01')).toEqual(['2007-08-01', '2007-09-01']);
    expect(playbackDates(days, '2007-08-01', '2007-08-01')).toEqual(['2007-08-01']);
    expect(playbackDates(days, '2008-01-01', '2007-01-01')).toEqual([]);
  });

  it('maps dates to the axis and back', () => {
    expect(positionOf('2007-07-02', '2007-07-01', '2007-07-03')).toBe(0.5);
    expect(dateAt(0.5, '2007-07-01', '2007-07-03')).toBe('2007-07-02');
    expect(dateAt(2, '2007-07-01', '2007-07-03')).toBe('2007-07-03');
  });
});
