import { useCallback, useEffect, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useOperation } from '../../core/data/useOperation';
import { kindNames, relationshipNames } from '../../core/i18n/vocabulary';
import { useMessages } from '../../core/i18n/useLanguage';
import { dateAt, dayAtOrBefore, groupByDay, playbackDates, positionOf, type TimelineDay, type TimelineEvent } from '../../core/timeline/timeline';
import { timelineQuery } from '../../core/timeline/timelineQuery';
import { isIsoDate } from '../../core/urlState/urlState';
import { explorerMessages } from './messages';

export interface TimelineBarProps {
  asOf: string | null;
  onAsOfChange: (asOf: string | null) => void;
}

const stepMilliseconds = 1500;
const noVariables = {};

function EventLine({ event }: { event: TimelineEvent }) {
  const { language, t } = useMessages(explorerMessages);
  const what =
    event.nodeId !== null
      ? `${event.name ?? event.nodeId}${event.kind === null ? '' : ` (${kindNames[event.kind][language]})`}`
      : `${event.fromName ?? ''} ${event.type === null ? '→' : relationshipNames[event.type][language]} ${event.toName ?? ''}`;
  return (
    <li className={`event ${event.change}`}>
      <span aria-hidden="true">{event.change === 'starts' ? '▲' : '▼'}</span> {what} {event.change === 'starts' ? t('starts') : t('ends')}
      {event.change === 'ends' ? ` (${t('lastDay')} ${event.factDate})` : ''}
      {event.precision !== null && event.precision !== 'day' ? (
        <span className="muted" title={t('approximate')}>
          {' '}
          ≈
        </span>
      ) : null}
    </li>
  );
}

/** The network's dated changes on a time axis: pick a date, step from change to change, or play a date range. */
export function TimelineBar({ asOf, onAsOfChange }: TimelineBarProps) {
  const { t } = useMessages(explorerMessages);
  const { state, retry } = useOperation(timelineQuery, noVariables);
  const timeline = state.status === 'ready' ? state.data.timeline : null;
  const days = useMemo(() => (timeline === null ? [] : groupByDay(timeline.events)), [timeline]);
  const first = timeline?.first ?? null;
  const last = timeline?.last ?? null;
  const [range, setRange] = useState<{ from: string | null; to: string | null }>({ from: null, to: null });
  const [playing, setPlaying] = useState(false);
  /** The date a paused playback stopped at, so Play goes on from there; any other date starts again at "from". */
  const [pausedAt, setPausedAt] = useState<string | null>(null);
  const from = range.from ?? first;
  const to = range.to ?? last;
  const steps = useMemo(() => (from === null || to === null ? [] : playbackDates(days, from, to)), [days, from, to]);
  const step = asOf === null ? -1 : steps.indexOf(asOf);
  const reversed = from !== null && to !== null && from > to;
  const outside = asOf !== null && from !== null && to !== null && !reversed && (asOf < from || asOf > to);

  // Each step shows the network at the next date for a while; a date moved by hand ends playback.
  useEffect(() => {
    if (!playing) return undefined;
    const timer = window.setTimeout(() => {
      const next = step < 0 ? undefined : steps[step + 1];
      if (next === undefined) setPlaying(false);
      else onAsOfChange(next);
    }, stepMilliseconds);
    return () => {
      window.clearTimeout(timer);
    };
  }, [playing, step, steps, onAsOfChange]);

  const togglePlay = useCallback(() => {
    if (playing) {
      setPlaying(false);
      setPausedAt(asOf);
      return;
    }
    const resume = pausedAt !== null && pausedAt === asOf && step >= 0 && step < steps.length - 1;
    const start = steps[0];
    if (!resume && start !== undefined) onAsOfChange(start);
    setPausedAt(null);
    setPlaying(steps.length > 0);
  }, [playing, pausedAt, asOf, step, steps, onAsOfChange]);

  const changeRange = (next: { from: string | null; to: string | null }) => {
    setPlaying(false);
    setPausedAt(null);
    setRange(next);
  };

  if (state.status === 'error') {
    return (
      <section className="timeline" aria-label={t('timeline')}>
        <p role="alert">
          {t('timelineFailed')}{' '}
          <button type="button" onClick={retry}>
            ↻
          </button>
        </p>
      </section>
    );
  }

  const current: TimelineDay | null = asOf === null ? null : dayAtOrBefore(days, asOf);
  const previous = asOf === null ? null : ([...days].reverse().find((day) => day.date < asOf) ?? null);
  const following = asOf === null ? (days[0] ?? null) : (days.find((day) => day.date > asOf) ?? null);
  const maxCount = Math.max(1, ...days.map((day) => day.starts + day.ends));
  const years = first === null || last === null ? [] : yearMarks(first, last);

  const onAxisClick = (event: MouseEvent<HTMLDivElement>) => {
    if (first === null || last === null) return;
    const box = event.currentTarget.getBoundingClientRect();
    const fraction = (event.clientX - box.left) / box.width;
    // Snap to a change within a few pixels, since those are the dates worth seeing.
    const near = days.find((day) => Math.abs(positionOf(day.date, first, last) - fraction) * box.width < 5);
    onAsOfChange(near?.date ?? dateAt(fraction, first, last));
  };
  const onAxisKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const target =
      event.key === 'ArrowLeft' ? previous : event.key === 'ArrowRight' ? following : event.key === 'Home' ? days[0] : event.key === 'End' ? days.at(-1) : undefined;
    if (target === undefined) return;
    event.preventDefault();
    if (target !== null) onAsOfChange(target.date);
  };

  return (
    <section className="timeline" aria-label={t('timeline')} data-testid="timeline" data-days={days.length}>
      <div className="timeline-controls">
        <button type="button" disabled={previous === null} onClick={() => previous !== null && onAsOfChange(previous.date)} data-testid="timeline-previous">
          « {t('previousChange')}
        </button>
        <button type="button" onClick={togglePlay} aria-pressed={playing} disabled={!playing && steps.length === 0} data-testid="timeline-play">
          {playing ? `❚❚ ${t('pause')}` : `▶ ${t('play')}`}
        </button>
        <button type="button" disabled={following === null} onClick={() => following !== null && onAsOfChange(following.date)} data-testid="timeline-next">
          {t('nextChange')} »
        </button>
        <strong className="timeline-date" data-testid="timeline-date" aria-live="polite">
          {asOf ?? t('allDates')}
        </strong>
        <button type="button" disabled={asOf === null} onClick={() => onAsOfChange(null)} data-testid="timeline-all-dates">
          {t('allDates')}
        </button>
        <span className="timeline-key" aria-hidden="true">
          <span className="key-up">▲</span> {t('starts')} <span className="key-down">▼</span> {t('ends')}
        </span>
        <label>
          {t('from')}{' '}
          <input type="date" value={from ?? ''} data-testid="timeline-from" onChange={(event) => changeRange({ from: isIsoDate(event.target.value) ? event.target.value : null, to: range.to })} />
        </label>
        <label>
          {t('to')}{' '}
          <input type="date" value={to ?? ''} data-testid="timeline-to" onChange={(event) => changeRange({ from: range.from, to: isIsoDate(event.target.value) ? event.target.value : null })} />
        </label>
        <span className={`timeline-playback${reversed || outside ? ' warning' : ''}`} role="status" data-testid="timeline-playback" data-step={step + 1} data-steps={steps.length}>
          {reversed
            ? t('playbackReversed')
            : outside
              ? `${asOf} ${t('playbackOutside')} ${from} – ${to}. ${t('playbackStartsAtFrom')}`
              : step >= 0
                ? `${t('playbackStep')} ${step + 1} ${t('playbackOf')} ${steps.length}: ${asOf}`
                : `${steps.length} ${t('playbackSteps')}${from === null || to === null ? '' : `, ${from} – ${to}`}`}
        </span>
      </div>
      <div
        className="timeline-axis"
        role="slider"
        tabIndex={0}
        aria-label={t('timeline')}
        aria-valuemin={first === null ? undefined : Date.parse(first)}
        aria-valuemax={last === null ? undefined : Date.parse(last)}
        aria-valuenow={asOf === null ? undefined : Date.parse(asOf)}
        aria-valuetext={asOf ?? t('allDates')}
        onClick={onAxisClick}
        onKeyDown={onAxisKey}
        data-testid="timeline-axis"
      >
        {first === null || last === null
          ? null
          : days.map((day) => (
              <span
                key={day.date}
                className="tick"
                title={`${day.date}: +${day.starts} −${day.ends}`}
                style={{ left: `${positionOf(day.date, first, last) * 100}%` }}
                data-date={day.date}
              >
                <span className="up" style={{ height: `${day.starts === 0 ? 0 : 4 + (14 * Math.log1p(day.starts)) / Math.log1p(maxCount)}px` }} />
                <span className="down" style={{ height: `${day.ends === 0 ? 0 : 4 + (14 * Math.log1p(day.ends)) / Math.log1p(maxCount)}px` }} />
              </span>
            ))}
        {first === null || last === null
          ? null
          : years.map((year) => (
              <span key={year} className="year" style={{ left: `${positionOf(`${year}-01-01`, first, last) * 100}%` }}>
                {year}
              </span>
            ))}
        {asOf === null || first === null || last === null ? null : <span className="now" style={{ left: `${positionOf(asOf, first, last) * 100}%` }} />}
      </div>
      {current === null ? null : (
        <details className="timeline-events" data-testid="timeline-events">
          <summary>
            {t('changesOn')} {current.date}: ▲ {current.starts} ▼ {current.ends}
          </summary>
          <ul>
            {current.events.slice(0, 30).map((event) => (
              <EventLine key={`${event.change}:${event.nodeId ?? event.edgeId ?? ''}`} event={event} />
            ))}
          </ul>
        </details>
      )}
      {timeline !== null && days.length === 0 ? <p className="muted">{t('noChanges')}</p> : null}
    </section>
  );
}

function yearMarks(first: string, last: string): number[] {
  const start = Number(first.slice(0, 4)) + 1;
  const end = Number(last.slice(0, 4));
  const step = end - start > 15 ? 5 : end - start > 6 ? 2 : 1;
  const years: number[] = [];
  for (let year = Math.ceil(start / step) * step; year <= end; year += step) years.push(year);
  return years;
}
