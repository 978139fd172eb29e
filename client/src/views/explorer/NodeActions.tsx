import type { RelationshipType } from '../../graphql/generated/graphql';
import type { NetworkIndex } from '../../core/graph/networkIndex';
import { relationshipNames } from '../../core/i18n/vocabulary';
import { useMessages } from '../../core/i18n/useLanguage';
import type { Expansion, Panel } from '../../core/urlState/urlState';
import { explorerMessages } from './messages';

export interface NodeActionsProps {
  id: string;
  index: NetworkIndex | null;
  focused: boolean;
  onFocus: (id: string | null) => void;
  onHide: (id: string) => void;
  onExpand: (expansion: Expansion) => void;
  onPanel: (panel: Panel) => void;
}

const places = new Set(['Municipality', 'County', 'District']);
const groups = new Set(['Body', 'Agreement']);

/** What can be done with the selected node: focus on it, hide it, expand its links, open the body panels. */
export function NodeActions({ id, index, focused, onFocus, onHide, onExpand, onPanel }: NodeActionsProps) {
  const { language, t } = useMessages(explorerMessages);
  const kind = index?.nodes.get(id)?.kind;
  const byType = new Map<RelationshipType, number>();
  for (const { edge } of index?.adjacency.get(id) ?? []) byType.set(edge.type, (byType.get(edge.type) ?? 0) + 1);
  const total = [...byType.values()].reduce((sum, count) => sum + count, 0);
  return (
    <div className="node-actions" data-testid="node-actions">
      <div className="buttons">
        <button type="button" aria-pressed={focused} onClick={() => onFocus(focused ? null : id)} data-testid="action-focus" aria-keyshortcuts="f">
          {focused ? t('unfocus') : t('focus')}
        </button>
        <button type="button" onClick={() => onHide(id)} data-testid="action-hide" aria-keyshortcuts="h">
          {t('hide')}
        </button>
        {kind !== undefined && places.has(kind) ? (
          <button type="button" onClick={() => onPanel({ kind: 'covering', place: id })} data-testid="action-covering">
            {t('bodiesCovering')}
          </button>
        ) : null}
        {kind !== undefined && groups.has(kind) ? (
          <>
            <button type="button" onClick={() => onPanel({ kind: 'members', body: id })} data-testid="action-members">
              {t('membersOfBody')}
            </button>
            <button type="button" onClick={() => onPanel({ kind: 'overlap', a: id, b: null })} data-testid="action-compare">
              {t('compareWith')}
            </button>
          </>
        ) : null}
      </div>
      {total > 0 ? (
        <div className="expand" role="group" aria-label={t('expand')}>
          <span>{t('expand')}:</span>
          <button type="button" onClick={() => onExpand({ id, types: [] })} data-testid="action-expand" aria-keyshortcuts="e">
            {t('expandAll')} ({total})
          </button>
          {[...byType].map(([type, count]) => (
            <button key={type} type="button" onClick={() => onExpand({ id, types: [type] })} data-testid={`action-expand-${type}`}>
              {relationshipNames[type][language]} ({count})
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
