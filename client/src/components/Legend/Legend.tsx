import type { NodeKind, RelationshipType } from '../../graphql/generated/graphql';
import { kindStyle, relationshipStyle } from '../../core/graph/kindStyle';
import { kindNames, relationshipNames } from '../../core/i18n/vocabulary';
import { useLanguage } from '../../core/i18n/useLanguage';

const shapeGlyph: Record<string, string> = {
  ellipse: '●',
  'round-rectangle': '▬',
  hexagon: '⬢',
  octagon: '⯃',
  diamond: '◆',
  triangle: '▲',
  pentagon: '⬟',
  tag: '◣',
  star: '★',
};

/** Explains every colour, shape and line style on the graph. */
export function Legend() {
  const { language, t } = useLanguage();
  return (
    <section className="legend" aria-label={t('legend')} data-testid="legend">
      <h2>{t('legend')}</h2>
      <ul>
        {(Object.keys(kindStyle) as NodeKind[]).map((kind) => (
          <li key={kind}>
            <span className="legend-glyph" style={{ color: kindStyle[kind].color }} aria-hidden="true">
              {shapeGlyph[kindStyle[kind].shape] ?? '●'}
            </span>
            {kindNames[kind][language]}
          </li>
        ))}
      </ul>
      <ul>
        {(Object.keys(relationshipStyle) as RelationshipType[]).map((type) => (
          <li key={type}>
            <span
              className="legend-line"
              style={{ borderTopColor: relationshipStyle[type].color, borderTopStyle: relationshipStyle[type].lineStyle }}
              aria-hidden="true"
            />
            {relationshipNames[type][language]}
          </li>
        ))}
      </ul>
    </section>
  );
}
