import type { ExplorerNeighbourhoodQuery, RelationshipType } from '../../graphql/generated/graphql';
import { kindStyle } from '../../core/graph/kindStyle';
import { inverseRelationshipNames, propertyNames } from '../../core/graph/names';
import { roleName } from '../../core/graph/valueNames';
import { relationshipNames } from '../../core/i18n/vocabulary';
import { useMessages } from '../../core/i18n/useLanguage';
import { ShapeGlyph } from '../Legend/ShapeGlyph';
import { Citation } from './Citation';
import { detailsMessages } from './messages';

export type NeighbourLink = ExplorerNeighbourhoodQuery['neighbourhood']['links'][number];

export function Dates({ validFrom, validTo }: { validFrom: string | null; validTo: string | null }) {
  const { t } = useMessages(detailsMessages);
  if (validFrom === null && validTo === null) return <span className="muted">{t('always')}</span>;
  return (
    <span className="dates">
      {validFrom === null ? '' : `${t('since')} ${validFrom}`}
      {validFrom !== null && validTo !== null ? ' ' : ''}
      {validTo === null ? '' : `${t('until')} ${validTo}`}
    </span>
  );
}

/** Links grouped by type and direction; each neighbour is a button, so the keyboard can walk from node to node. */
export function LinkList({ links, onSelect }: { links: readonly NeighbourLink[]; onSelect?: (id: string) => void }) {
  const { language } = useMessages(detailsMessages);
  const groups = new Map<string, { type: RelationshipType; direction: string; links: NeighbourLink[] }>();
  for (const link of links) {
    const key = `${link.edge.type}:${link.direction}`;
    const group = groups.get(key) ?? { type: link.edge.type, direction: link.direction, links: [] };
    group.links.push(link);
    groups.set(key, group);
  }
  return (
    <>
      {[...groups.entries()].map(([key, group]) => (
        <section key={key} className="link-group" data-testid={`links-${group.type}-${group.direction}`}>
          <h4>
            {(group.direction === 'outgoing' ? relationshipNames : inverseRelationshipNames)[group.type][language]} ({group.links.length})
          </h4>
          <ul>
            {group.links.map((link) => {
              const role = link.edge.properties.find((property) => property.key === 'role')?.value;
              return (
                <li key={link.edge.id} className="link-item">
                  <ShapeGlyph shape={kindStyle[link.neighbour.kind].shape} color={kindStyle[link.neighbour.kind].color} wide={link.neighbour.kind === 'Body'} />
                  <div>
                  <button type="button" className="link-button" data-testid={`neighbour-${link.neighbour.id}`} onClick={() => onSelect?.(link.neighbour.id)}>
                    {link.neighbour.name}
                  </button>
                  {role === undefined ? null : (
                    <span className="muted">
                      {' '}
                      · {propertyNames['role']?.[language]}: {roleName(role, language)}
                    </span>
                  )}
                  <div className="link-meta">
                    <Dates validFrom={link.edge.validFrom} validTo={link.edge.validTo} /> · <Citation provenance={link.edge.provenance} compact />
                  </div>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
