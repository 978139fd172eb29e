import { useMessages } from '../../core/i18n/useLanguage';
import { kindNames, relationshipNames } from '../../core/i18n/vocabulary';
import type { ChangeKind } from '../../graphql/generated/graphql';
import { changeColors, type NetworkDiffData } from './diffElements';
import { diffMessages, type DiffMessageKey } from './messages';

const order: Record<ChangeKind, number> = { removed: 0, added: 1, changed: 2, unchanged: 3 };
const changeLabel: Record<Exclude<ChangeKind, 'unchanged'>, DiffMessageKey> = { added: 'changeAdded', removed: 'changeRemoved', changed: 'changeChanged' };

function Change({ change }: { change: Exclude<ChangeKind, 'unchanged'> }) {
  const { t } = useMessages(diffMessages);
  return (
    <span className="change" style={{ borderColor: changeColors[change] }}>
      {t(changeLabel[change])}
    </span>
  );
}

/** Every added, removed and changed node and link, as a list that reads without the graph. */
export function ChangeList({ diff, onSelect }: { diff: NetworkDiffData; onSelect: (id: string) => void }) {
  const { t, language } = useMessages(diffMessages);
  const names = new Map(diff.nodes.map(({ node }) => [node.id, node.name]));
  const nodes = diff.nodes
    .filter((entry) => entry.change !== 'unchanged')
    .sort((a, b) => order[a.change] - order[b.change] || a.node.name.localeCompare(b.node.name, 'sv'));
  const edges = diff.edges.filter((entry) => entry.change !== 'unchanged').sort((a, b) => order[a.change] - order[b.change]);
  if (nodes.length === 0 && edges.length === 0) return <p className="hint">{t('noChanges')}</p>;
  return (
    <section className="diff-changes" aria-label={t('changes')}>
      <h2>{t('changes')}</h2>
      <ul data-testid="diff-node-changes">
        {nodes.map(({ change, node, addedEdgeIds, removedEdgeIds }) =>
          change === 'unchanged' ? null : (
            <li key={node.id} data-testid="diff-change" data-change={change} data-id={node.id}>
              <Change change={change} />{' '}
              <button type="button" className="link" onClick={() => onSelect(node.id)}>
                {node.name}
              </button>{' '}
              <span className="muted">
                {kindNames[node.kind][language]}
                {change === 'changed' ? ` · ${String(addedEdgeIds.length + removedEdgeIds.length)} ${t('changedLinks')}` : ''}
              </span>
            </li>
          ),
        )}
      </ul>
      <h3>{t('linkChanges')}</h3>
      <ul data-testid="diff-edge-changes">
        {edges.map(({ change, edge }) =>
          change === 'unchanged' ? null : (
            <li key={edge.id} data-testid="diff-edge-change" data-change={change} data-id={edge.id}>
              <Change change={change} /> {names.get(edge.source) ?? edge.source} <span className="muted">{relationshipNames[edge.type][language]}</span>{' '}
              {names.get(edge.target) ?? edge.target}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
