import { formatMeasure, measureRange, type MeasureKey, type MetricsData } from '../../../core/analytics/measures';
import { communityColour, communityPalette, otherCommunityColour, sequentialColour, unmeasuredColour, type MeasureDisplay } from '../../../core/analytics/nodeStyling';
import { useMessages } from '../../../core/i18n/useLanguage';
import { measureLabels } from './measureLabels';
import { analyticsMessages } from './messages';

function Swatch({ colour }: { colour: string }) {
  return <span className="swatch" style={{ background: colour }} aria-hidden="true" />;
}

/** The communities, each named by its most central members (from the server), and the partition's modularity. */
function CommunityLegend({ metrics }: { metrics: MetricsData }) {
  const { language, t } = useMessages(analyticsMessages);
  const coloured = metrics.communities.slice(0, communityPalette.length);
  const others = metrics.communities.slice(communityPalette.length);
  const largestOther = others[0]?.size ?? 0;
  return (
    <section className="measure-legend" data-testid="community-legend" aria-label={t('community')}>
      <p>
        {t('modularity')} <strong data-testid="modularity">{metrics.modularity.toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 3 })}</strong> ·{' '}
        {metrics.communities.length} {t('communities')}
      </p>
      <ul>
        {coloured.map((community) => (
          <li key={community.id} data-testid={`community-${community.id}`}>
            <span className="community-number">{community.id + 1}</span>
            <Swatch colour={communityColour(community.id)} />
            <span>
              {community.leaders.map((leader) => leader.name).join(', ')} <span className="muted">({community.size})</span>
            </span>
          </li>
        ))}
        {others.length === 0 ? null : (
          <li>
            <span className="community-number" />
            <Swatch colour={otherCommunityColour} />
            <span>
              {others.length} {t('otherCommunities')} {largestOther} {t('nodesShort')}
            </span>
          </li>
        )}
        <li>
          <span className="community-number" />
          <Swatch colour={unmeasuredColour} />
          <span>{t('notMeasured')}</span>
        </li>
      </ul>
    </section>
  );
}

/** A measure's colour scale, from its lowest to its highest value. */
function ScaleLegend({ metrics, measure }: { metrics: MetricsData; measure: MeasureKey }) {
  const { language, t } = useMessages(analyticsMessages);
  const range = measureRange(metrics.nodes, measure);
  if (range === null) return null;
  const stops = [0, 0.25, 0.5, 0.75, 1].map((fraction) => `${sequentialColour(fraction)} ${fraction * 100}%`).join(', ');
  return (
    <section className="measure-legend" data-testid="scale-legend" aria-label={t(measureLabels[measure].name)}>
      <p>{t(measureLabels[measure].name)}</p>
      <div className="scale" style={{ background: `linear-gradient(to right, ${stops})` }} aria-hidden="true" />
      <p className="scale-ends">
        <span>
          {t('low')} {formatMeasure(measure, range.min, language)}
        </span>
        <span>
          {t('high')} {formatMeasure(measure, range.max, language)}
        </span>
      </p>
    </section>
  );
}

/** What the sizes and colours that the measures give the nodes mean. */
export function MeasureLegend({ metrics, display }: { metrics: MetricsData; display: MeasureDisplay }) {
  const { language, t } = useMessages(analyticsMessages);
  const sizeRange = display.size === null ? null : measureRange(metrics.nodes, display.size);
  return (
    <>
      {display.colour === 'community' ? <CommunityLegend metrics={metrics} /> : null}
      {display.colour !== null && display.colour !== 'community' ? <ScaleLegend metrics={metrics} measure={display.colour} /> : null}
      {display.size !== null && sizeRange !== null ? (
        <p className="measure-legend" data-testid="size-legend">
          {t(measureLabels[display.size].name)}: {t('largerIsHigher')} ({formatMeasure(display.size, sizeRange.min, language)}–
          {formatMeasure(display.size, sizeRange.max, language)})
        </p>
      ) : null}
    </>
  );
}
