import { useState } from 'react';
import { useLastNetworkChange } from '../core/data/invalidate';
import { useMessages } from '../core/i18n/useLanguage';
import { shellMessages, type ShellMessageKey } from './shellMessages';

const viaKey: Record<string, ShellMessageKey | undefined> = { import: 'changedViaImport', undo: 'changedViaUndo', proposal: 'changedViaProposal' };

/**
 * A quiet word when someone else changed the network: the views have already asked again, so nothing moves or is
 * lost; this only says why a count or a line changed. `onShowChanges` (editors: the audit trail) shows what changed.
 */
export function NetworkChangeNotice({ me, onShowChanges }: { me: string | null; onShowChanges: (() => void) | null }) {
  const { t } = useMessages(shellMessages);
  const change = useLastNetworkChange();
  const [dismissed, setDismissed] = useState<number | null>(null);
  // This browser's own changes, and its user's in another tab, need no word.
  const shown = change !== null && change.origin === 'remote' && typeof change.by === 'string' && change.by !== me && change.at !== dismissed ? change : null;
  if (shown === null) return null;
  const via = viaKey[shown.what ?? ''];
  return (
    <div className="network-change-notice" role="status" data-testid="network-change-notice" data-by={shown.by}>
      <span>
        {t('networkChangedBy')} <strong>{shown.by}</strong>
        {via === undefined ? '' : ` ${t(via)}`}. {t('viewsUpToDate')}
      </span>
      {onShowChanges === null ? null : (
        <button
          type="button"
          onClick={() => {
            setDismissed(shown.at);
            onShowChanges();
          }}
          data-testid="network-change-show"
        >
          {t('showChanges')}
        </button>
      )}
      <button type="button" aria-label={t('dismissNotice')} onClick={() => setDismissed(shown.at)} data-testid="network-change-dismiss">
        ×
      </button>
    </div>
  );
}
