import type { ReactNode, Ref } from 'react';
import type { NetworkNode } from '../../core/graph/elements';
import { kindStyle } from '../../core/graph/kindStyle';
import { bodyTypeName, propertyNames } from '../../core/graph/names';
import { propertyValueName } from '../../core/graph/valueNames';
import { useOperation } from '../../core/data/useOperation';
import { neighbourhoodQuery } from '../../core/selection/neighbourhoodQuery';
import { kindNames } from '../../core/i18n/vocabulary';
import { useLanguage, useMessages } from '../../core/i18n/useLanguage';
import { ShapeGlyph } from '../Legend/ShapeGlyph';
import { Citation } from './Citation';
import { LinkList } from './LinkList';
import { detailsMessages } from './messages';

export interface DetailsPanelProps {
  /** The selected node as drawn; its details and links are read from the server for the date. */
  node: NetworkNode | null;
  onClose: () => void;
  /** A node to show that is not drawn (picked from search, not valid at the date); wins over `node`. */
  nodeId?: string | null;
  asOf?: string | null;
  onSelectNode?: (id: string) => void;
  /** Actions on the node (focus, hide, expand…), placed under the title. */
  children?: ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
}

const membershipTypes = new Set(['MEMBER_OF', 'PARTY_TO']);
const hiddenProperties = new Set(['validFromPrecision', 'validToPrecision']);
/** Properties shown as the dataset wrote them, in whatever language that was. */
const freeTextProperties = new Set(['nameEn', 'description', 'form', 'task']);

/** The selected node's properties, validity, evidence and readable source; its memberships and links at the date. */
export function DetailsPanel({ node, onClose, nodeId, asOf = null, onSelectNode, children, headingRef }: DetailsPanelProps) {
  const { language, t: shared } = useLanguage();
  const { t } = useMessages(detailsMessages);
  const id = nodeId ?? node?.id ?? null;
  const { state, retry } = useOperation(neighbourhoodQuery, id === null ? null : { id, asOf });
  if (id === null) {
    return (
      <aside className="details" aria-label={shared('details')}>
        <p className="hint">{shared('selectHint')}</p>
      </aside>
    );
  }
  const loaded = state.status === 'ready' && state.data.neighbourhood.centre.id === id ? state.data.neighbourhood : null;
  const centre = loaded?.centre ?? (node?.id === id ? { ...node, provenance: { ...node.provenance, source: null } } : null);
  const links = loaded?.links ?? [];
  const memberships = links.filter((link) => link.direction === 'outgoing' && membershipTypes.has(link.edge.type));
  const others = links.filter((link) => !memberships.includes(link));
  const bodyType = centre?.properties.find((property) => property.key === 'bodyType')?.value;

  return (
    <aside className="details" aria-label={shared('details')} data-testid="details-panel" aria-busy={loaded === null}>
      <header>
        <h2 data-testid="details-name" tabIndex={-1} ref={headingRef}>
          {centre?.name ?? '…'}
        </h2>
        <button type="button" onClick={onClose} aria-label={shared('close')} data-testid="details-close">
          ×
        </button>
      </header>
      {centre === null ? null : (
        <p className="kind-line">
          <ShapeGlyph shape={kindStyle[centre.kind].shape} color={kindStyle[centre.kind].color} wide={centre.kind === 'Body'} />
          <span data-testid="details-kind">{kindNames[centre.kind][language]}</span>
          {bodyType === undefined ? null : <span className="muted"> · {bodyTypeName(bodyType, language)}</span>}
        </p>
      )}
      {loaded !== null && !loaded.centreValidAtDate && asOf !== null ? (
        <p className="warning" data-testid="details-not-at-date">
          {t('notAtDate')} {asOf}
        </p>
      ) : null}
      {children}
      {centre === null ? null : (
        <dl>
          <dt>{shared('validFrom')}</dt>
          <dd>{centre.validFrom ?? '–'}</dd>
          <dt>{shared('validTo')}</dt>
          <dd>{centre.validTo ?? shared('openEnded')}</dd>
          <dt>{shared('source')}</dt>
          <dd data-testid="details-source">
            <Citation provenance={centre.provenance} />
          </dd>
          {centre.properties
            .filter((property) => !hiddenProperties.has(property.key))
            .map((property) => (
              <div key={property.key}>
                <dt>{propertyNames[property.key]?.[language] ?? property.key}</dt>
                <dd data-free-text={freeTextProperties.has(property.key) || undefined}>{propertyValueName(property.key, property.value, language)}</dd>
              </div>
            ))}
        </dl>
      )}
      {state.status === 'loading' ? <p className="muted">{t('loadingLinks')}</p> : null}
      {state.status === 'error' ? (
        <p role="alert">
          {t('linksFailed')}{' '}
          <button type="button" onClick={retry}>
            {shared('retry')}
          </button>
        </p>
      ) : null}
      {memberships.length > 0 ? (
        <section data-testid="details-memberships">
          <h3>
            {t('memberships')} ({memberships.length})
          </h3>
          <LinkList links={memberships} onSelect={onSelectNode} />
        </section>
      ) : null}
      {loaded === null ? null : (
        <section data-testid="details-links">
          <h3>
            {t('links')} ({others.length})
          </h3>
          {others.length === 0 ? <p className="muted">{t('noLinks')}</p> : <LinkList links={others} onSelect={onSelectNode} />}
        </section>
      )}
    </aside>
  );
}
