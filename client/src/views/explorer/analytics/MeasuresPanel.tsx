import { useState } from 'react';
import type { Remote } from '../../../core/data/useOperation';
import { measureKeys, isMeasureKey, type MeasureKey, type MetricsData } from '../../../core/analytics/measures';
import type { MeasureFilter } from '../../../core/analytics/measureFilter';
import type { MeasureDisplay } from '../../../core/analytics/nodeStyling';
import type { NetworkMetricsQuery } from '../../../graphql/generated/graphql';
import { useMessages } from '../../../core/i18n/useLanguage';
import './analytics.css';
import { MeasureLegend } from './MeasureLegend';
import { measureLabels } from './measureLabels';
import { analyticsMessages } from './messages';

export interface MeasuresPanelProps {
  asOf: string | null;
  remote: Remote<NetworkMetricsQuery>;
  display: MeasureDisplay;
  filter: MeasureFilter;
  onDisplay: (display: MeasureDisplay) => void;
  onFilter: (filter: MeasureFilter) => void;
}

/** A whole number of at least 1 from a number field, or null when it is empty or not one. */
function wholeNumber(text: string): number | null {
  const value = Number(text);
  return text.trim() === '' || !Number.isInteger(value) || value < 1 ? null : value;
}

function MeasuresStatus({ asOf, remote }: { asOf: string | null; remote: Remote<NetworkMetricsQuery> }) {
  const { t } = useMessages(analyticsMessages);
  if (remote.status === 'idle') return null;
  if (remote.status === 'loading') return <p className="muted" role="status">{t('measuresLoading')}</p>;
  if (remote.status === 'error') return <p role="alert" data-testid="measures-error">{`${t('measuresFailed')}: ${remote.message}`}</p>;
  const metrics: MetricsData = remote.data.networkMetrics;
  return (
    <p className="muted" data-testid="measures-status" data-as-of={metrics.asOf} data-mode={metrics.mode}>
      {asOf === null ? `${t('measuresToday')} (${metrics.asOf})` : `${t('measuresAsOf')} ${metrics.asOf}`}, {t(metrics.mode === 'twoMode' ? 'twoModeGraph' : 'projectedGraph')}:{' '}
      {metrics.nodeCount} {t('measuredNodes')}
      {metrics.betweennessSources === null ? null : (
        <>
          {' '}
          · {t('betweennessSampled')} {metrics.betweennessSources} {t('sourceNodes')}
        </>
      )}
    </p>
  );
}

/** One option per measure, named in the reader's language. */
function MeasureOptions() {
  const { t } = useMessages(analyticsMessages);
  return measureKeys.map((key) => (
    <option key={key} value={key}>
      {t(measureLabels[key].name)}
    </option>
  ));
}

/** Size and colour the nodes by a measure or by community, and show only the top nodes or a k-core. */
export function MeasuresPanel({ asOf, remote, display, filter, onDisplay, onFilter }: MeasuresPanelProps) {
  const { t } = useMessages(analyticsMessages);
  const metrics = remote.status === 'ready' ? remote.data.networkMetrics : null;
  const [chosenTopMeasure, setChosenTopMeasure] = useState<MeasureKey>('betweenness');
  const topMeasure = filter.top?.measure ?? chosenTopMeasure;
  return (
    <details className="measures-box" open data-testid="measures">
      <summary>{t('measures')}</summary>
      <div className="measure-controls">
        <label>
          {t('sizeBy')}
          <select
            value={display.size ?? ''}
            data-testid="measure-size"
            onChange={(event) => onDisplay({ ...display, size: isMeasureKey(event.target.value) ? event.target.value : null })}
          >
            <option value="">{t('byKind')}</option>
            <MeasureOptions />
          </select>
        </label>
        <label>
          {t('colourBy')}
          <select
            value={display.colour ?? ''}
            data-testid="measure-colour"
            onChange={(event) => {
              const value = event.target.value;
              onDisplay({ ...display, colour: value === 'community' ? value : isMeasureKey(value) ? value : null });
            }}
          >
            <option value="">{t('byKind')}</option>
            <option value="community">{t('community')}</option>
            <MeasureOptions />
          </select>
        </label>
        <fieldset>
          <legend>{t('showOnly')}</legend>
          <label className="top-n">
            {t('topN')}
            <input
              type="number"
              min={1}
              inputMode="numeric"
              placeholder={t('topHint')}
              value={filter.top?.n ?? ''}
              data-testid="measure-top-n"
              onChange={(event) => {
                const n = wholeNumber(event.target.value);
                onFilter({ ...filter, top: n === null ? null : { measure: topMeasure, n } });
              }}
            />
            {t('topBy')}
            <select
              value={topMeasure}
              data-testid="measure-top-measure"
              aria-label={t('topBy')}
              onChange={(event) => {
                const measure = event.target.value;
                if (!isMeasureKey(measure)) return;
                setChosenTopMeasure(measure);
                if (filter.top !== null) onFilter({ ...filter, top: { measure, n: filter.top.n } });
              }}
            >
              <MeasureOptions />
            </select>
          </label>
          <label>
            {t('minCore')}
            <input
              type="number"
              min={1}
              inputMode="numeric"
              placeholder={t('topHint')}
              value={filter.minCore ?? ''}
              data-testid="measure-kcore"
              onChange={(event) => onFilter({ ...filter, minCore: wholeNumber(event.target.value) })}
            />
          </label>
        </fieldset>
      </div>
      <MeasuresStatus asOf={asOf} remote={remote} />
      {metrics === null ? null : <MeasureLegend metrics={metrics} display={display} />}
    </details>
  );
}
