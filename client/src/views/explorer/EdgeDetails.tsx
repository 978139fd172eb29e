import type { ModeGraph } from '../../core/graph/explorerElements';
import { edgeElementId } from '../../core/graph/explorerElements';
import type { NetworkIndex } from '../../core/graph/networkIndex';
import { evidenceNames, relationshipNames } from '../../core/i18n/vocabulary';
import { useLanguage, useMessages } from '../../core/i18n/useLanguage';
import { SourceCitation } from '../../components/SourceCitation/SourceCitation';
import { NodeLink } from './bodies/BodyProfileView';
import { explorerMessages } from './messages';

export interface EdgeDetailsProps {
  id: string;
  index: NetworkIndex;
  modeGraph: ModeGraph;
  onSelect: (id: string) => void;
  onClose: () => void;
}

/** A clicked link: its two ends, and for a tie of the projected view the bodies and agreements it comes from. */
export function EdgeDetails({ id, index, modeGraph, onSelect, onClose }: EdgeDetailsProps) {
  const { language, t } = useMessages(explorerMessages);
  const { t: shared } = useLanguage();
  const element = modeGraph.elements.find((candidate) => candidate.data.id === id);
  if (element === undefined) return null;
  const node = (nodeId: string) => {
    const found = index.nodes.get(nodeId);
    return found === undefined ? null : <NodeLink node={found} onSelect={onSelect} />;
  };
  const source = String(element.data['source']);
  const target = String(element.data['target']);
  const edge = index.network.edges.find((candidate) => edgeElementId(candidate.id) === id);
  const via = element.data['type'] === 'TIE' ? (element.data['via'] as string[]) : [];
  return (
    <aside className="details" data-testid="edge-details" aria-label={t('link')}>
      <header>
        <h2>{via.length > 0 ? t('tie') : edge === undefined ? t('link') : relationshipNames[edge.type][language]}</h2>
        <button type="button" onClick={onClose} aria-label={shared('close')}>
          ×
        </button>
      </header>
      <p>
        {node(source)} — {node(target)}
      </p>
      {via.length > 0 ? (
        <>
          <p className="muted">{t('tieThrough')}:</p>
          <ul data-testid="tie-via">
            {via.map((group) => (
              <li key={group}>{node(group)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {edge === undefined ? null : (
        <dl>
          <dt>{shared('validFrom')}</dt>
          <dd>{edge.validFrom ?? '–'}</dd>
          <dt>{shared('validTo')}</dt>
          <dd>{edge.validTo ?? shared('openEnded')}</dd>
          <dt>{shared('evidence')}</dt>
          <dd>{evidenceNames[edge.provenance.evidence][language]}</dd>
          <dt>{shared('source')}</dt>
          <dd>
            <SourceCitation sourceId={edge.provenance.sourceId} locator={edge.provenance.locator} />
            {edge.provenance.note === null ? null : <span className="note">{edge.provenance.note}</span>}
          </dd>
        </dl>
      )}
    </aside>
  );
}
