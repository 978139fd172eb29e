import type { NetworkIndex } from '../../core/graph/networkIndex';
import { useMessages } from '../../core/i18n/useLanguage';
import type { ExplorerState } from '../../core/urlState/urlState';
import { explorerMessages } from './messages';

export interface StatusChipsProps {
  index: NetworkIndex | null;
  state: ExplorerState;
  onClearFocus: () => void;
  onShowHidden: () => void;
  onClearExpanded: () => void;
}

/** What narrows the view besides the filters (focus, nodes hidden by hand, expansions), each with a way back. */
export function StatusChips({ index, state, onClearFocus, onShowHidden, onClearExpanded }: StatusChipsProps) {
  const { t } = useMessages(explorerMessages);
  if (state.focus === null && state.hidden.length === 0 && state.expanded.length === 0) return null;
  return (
    <div className="chips" data-testid="chips">
      {state.focus === null ? null : (
        <span className="chip" data-testid="chip-focus">
          {t('focusOn')}: {index?.nodes.get(state.focus)?.name ?? state.focus}{' '}
          <button type="button" onClick={onClearFocus}>
            {t('clearFocus')}
          </button>
        </span>
      )}
      {state.hidden.length === 0 ? null : (
        <span className="chip" data-testid="chip-hidden">
          {state.hidden.length} {t('hiddenByHand')}{' '}
          <button type="button" onClick={onShowHidden}>
            {t('showHidden')}
          </button>
        </span>
      )}
      {state.expanded.length === 0 ? null : (
        <span className="chip" data-testid="chip-expanded">
          {state.expanded.length} {t('expandedNodes')}{' '}
          <button type="button" onClick={onClearExpanded}>
            {t('clearExpanded')}
          </button>
        </span>
      )}
    </div>
  );
}
