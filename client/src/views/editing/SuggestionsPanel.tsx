import { useState } from 'react';
import { useMessages } from '../../core/i18n/useLanguage';
import { request } from '../../graphql/request';
import { ChangeTable } from './ChangeTable';
import { editingMessages } from './messages';
import { acceptSuggestionMutation, rejectSuggestionMutation, suggestionsQuery } from './operations';
import { useLoaded } from './useLoaded';

/** Proposals waiting for review; an editor accepts (the change is applied and recorded) or rejects each. */
export function SuggestionsPanel({ canReview, reloadKey, onReviewed }: { canReview: boolean; reloadKey: number; onReviewed: () => void }) {
  const { t } = useMessages(editingMessages);
  const loaded = useLoaded(suggestionsQuery, { status: 'pending' }, reloadKey);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  if (loaded.status === 'loading') return <p className="status">{t('loading')}</p>;
  if (loaded.status === 'error') return <p className="form-error">{loaded.message}</p>;
  const review = (id: string, accept: boolean) => {
    setError(null);
    const variables = { id, note: notes[id] ?? null };
    (accept ? request(acceptSuggestionMutation, variables) : request(rejectSuggestionMutation, variables))
      .then(onReviewed)
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
