import type { NodeKind, RelationshipType } from '../../graphql/generated/graphql';
import { kindStyle, relationshipStyle, tieStyle } from '../../core/graph/kindStyle';
import { kindNames, relationshipNames } from '../../core/i18n/vocabulary';
import { useLanguage, useMessages } from '../../core/i18n/useLanguage';
import { componentMessages } from '../messages';
import { LineGlyph, ShapeGlyph } from './ShapeGlyph';

/** Explains every colour, shape and line style on the graph. */
export function Legend() {
  const { language, t: shared } = useLanguage();
  const { t } = useMessages(componentMessages);
  return (
    <section className="legend" aria-label={shared('legend')} data-testid="legend">
      <h3>{t('legendNodes')}</h3>
      <ul>
        {(Object.keys(kindStyle) as NodeKind[]).map((kind) => (
          <li key={kind}>
            <ShapeGlyph shape={kindStyle[kind].shape} color={kindStyle[kind].color} wide={kindStyle[kind].width !== undefined} />
            {kindNames[kind][language]}
          </li>
        ))}
      </ul>
      <h3>{t('legendLinks')}</h3>
      <ul>
        {(Object.keys(relationshipStyle) as RelationshipType[]).map((type) => (
          <li key={type}>
            <LineGlyph {...relationshipStyle[type]} />
            {relationshipNames[type][language]}
          </li>
        ))}
      </ul>
      <ul className="single">
        <li>
          <LineGlyph color={tieStyle.color} lineStyle={tieStyle.lineStyle} width={4} arrow={false} />
          {t('legendTie')}
        </li>
      </ul>
      <h3>{t('legendMarks')}</h3>
      <ul className="single">
        <li>
          <ShapeGlyph shape="ellipse" color={kindStyle.Municipality.color} dashed />
          {t('legendProposed')}
        </li>
        <li>
          <svg className="glyph" width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
            <circle cx={10} cy={10} r={7} fill={kindStyle.Municipality.color} stroke="#000" strokeWidth={3.5} />
          </svg>
          {t('legendSelected')}
        </li>
        <li>
          <svg className="glyph" width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
            <circle cx={10} cy={10} r={9.5} fill="#0072B2" opacity={0.3} />
            <circle cx={10} cy={10} r={6} fill={kindStyle.Municipality.color} stroke="#333" />
          </svg>
          {t('legendHighlighted')}
        </li>
        <li>
          <svg className="glyph" width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
            <rect x={1} y={3} width={18} height={14} rx={2} fill="#f2f2f2" stroke="#999" strokeDasharray="3 2" />
          </svg>
          {t('legendCountyGroup')}
        </li>
        <li>
          <svg className="glyph" width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
            <path d="M3 17 L5 6 L10 2 L16 5 L17 13 L11 18 Z" fill="#eef3f7" stroke="#9fb3c4" />
          </svg>
          {t('legendOutline')}
        </li>
      </ul>
    </section>
  );
}
