import { useState } from 'react';
import { useNetworkMutation } from '../../core/data/mutation';
import { useOperation } from '../../core/data/useOperation';
import { useMessages } from '../../core/i18n/useLanguage';
import { ChangeTable } from './ChangeTable';
import { editingMessages } from './messages';
import { acceptSuggestionMutation, rejectSuggestionMutation, suggestionsQuery } from '../../core/editing/operations';

/** Proposals waiting for review; an editor accepts (the change is applied and recorded) or rejects each. */
export function SuggestionsPanel({ canReview }: { canReview: boolean }) {
  const { t } = useMessages(editingMessages);
  // Asked afresh each time the panel opens (others propose too); a review invalidates it with the network.
  const { state: loaded } = useOperation(suggestionsQuery, { status: 'pending' }, { fresh: true });
  const mutate = useNetworkMutation();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  if (loaded.status === 'error') return <p className="form-error">{loaded.message}</p>;
  if (loaded.status !== 'ready') return <p className="status">{t('loading')}</p>;
  const review = (id: string, accept: boolean) => {
    setError(null);
    const variables = { id, note: notes[id] ?? null };
    (accept ? mutate(acceptSuggestionMutation, variables) : mutate(rejectSuggestionMutation, variables))
      .then(() => undefined)
      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  };
  const { suggestions } = loaded.data;

  return (
    <section className="edit-panel" data-testid="suggestions-panel">
      <h3>{t('pending')}</h3>
      {error === null ? null : (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {suggestions.length === 0 ? <p className="muted">{t('noSuggestions')}</p> : null}
      <ul className="suggestion-list">
        {suggestions.map((suggestion) => (
          <li key={suggestion.id} data-testid="suggestion">
            <p>
              <strong>{suggestion.targetLabel}</strong> ({suggestion.action}) · {t('proposedBy')} {suggestion.proposedBy}, {suggestion.proposedAt.slice(0, 10)}
            </p>
            <p className="muted">
              {suggestion.source}, {suggestion.locator}
              {suggestion.note === null ? '' : ` – ${suggestion.note}`}
            </p>
            <ChangeTable changes={suggestion.changes} />
            {canReview ? (
              <div className="form-actions wrap">
                <input
                  aria-label={t('reviewNote')}
                  placeholder={t('reviewNote')}
                  value={notes[suggestion.id] ?? ''}
                  onChange={(event) => setNotes({ ...notes, [suggestion.id]: event.target.value })}
                />
                <button type="button" className="primary" onClick={() => review(suggestion.id, true)}>
                  {t('accept')}
                </button>
                <button type="button" onClick={() => review(suggestion.id, false)}>
                  {t('reject')}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
