import { useState } from 'react';
import { useNetworkMutation } from '../../core/data/mutation';
import { useOperation } from '../../core/data/useOperation';
import { useMessages } from '../../core/i18n/useLanguage';
import { ChangeTable } from './ChangeTable';
import { editingMessages } from './messages';
import { acceptProposalMutation, proposalsQuery, rejectProposalMutation } from '../../core/editing/operations';

/** Proposals waiting for review; an editor accepts (the change is applied and recorded) or rejects each. */
export function ProposalsPanel({ canReview }: { canReview: boolean }) {
  const { t } = useMessages(editingMessages);
  // Asked afresh each time the panel opens (others propose too); a review invalidates it with the network.
  const { state: loaded } = useOperation(proposalsQuery, { status: 'pending' }, { fresh: true });
  const mutate = useNetworkMutation();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  if (loaded.status === 'error') return <p className="form-error">{loaded.message}</p>;
  if (loaded.status !== 'ready') return <p className="status">{t('loading')}</p>;
  const review = (id: string, accept: boolean) => {
    setError(null);
    const variables = { id, note: notes[id] ?? null };
    (accept ? mutate(acceptProposalMutation, variables) : mutate(rejectProposalMutation, variables))
      .then(() => undefined)
      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  };
  const { proposals } = loaded.data;

  return (
    <section className="edit-panel" data-testid="proposals-panel">
      <h3>{t('pending')}</h3>
      {error === null ? null : (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {proposals.length === 0 ? <p className="muted">{t('noProposals')}</p> : null}
      <ul className="proposal-list">
        {proposals.map((proposal) => (
          <li key={proposal.id} data-testid="proposal" data-proposal={proposal.id}>
            <p>
              <strong>{proposal.targetLabel}</strong> ({proposal.action}) · {t('proposedBy')} {proposal.proposedBy}, {proposal.proposedAt.slice(0, 10)}
            </p>
            <p className="muted">
              {proposal.source}, {proposal.locator}
              {proposal.note === null ? '' : ` – ${proposal.note}`}
            </p>
            <ChangeTable changes={proposal.changes} />
            {canReview ? (
              <div className="form-actions wrap">
                <input
                  aria-label={t('reviewNote')}
                  placeholder={t('reviewNote')}
                  value={notes[proposal.id] ?? ''}
                  onChange={(event) => setNotes({ ...notes, [proposal.id]: event.target.value })}
                />
                <button type="button" className="primary" onClick={() => review(proposal.id, true)} data-testid="proposal-accept">
                  {t('accept')}
                </button>
                <button type="button" onClick={() => review(proposal.id, false)} data-testid="proposal-reject">
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
