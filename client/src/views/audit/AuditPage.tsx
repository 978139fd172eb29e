import { useState, type SyntheticEvent } from 'react';
import { auditRecordsQuery, undoLastChangeMutation } from '../../core/audit/operations';
import { useNetworkMutation } from '../../core/data/mutation';
import { useOperation } from '../../core/data/useOperation';
import type { Language } from '../../core/i18n/messages';
import { useMessages } from '../../core/i18n/useLanguage';
import { ChangeTable } from '../editing/ChangeTable';
import { auditMessages } from './messages';
import './audit.css';

const pageSize = 25;

/** A link record's label names its ends ("Borås → Klartextrådet"), so its rows need not show their ids. */
const linkEnds = ['from', 'to'];

/** When a change was made, in the reader's time zone, which is named. */
function readableTime(at: string, language: Language): string {
  return new Date(at).toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
  });
}

type Filter = Record<'username' | 'nodeId' | 'importId', string>;

const noFilter: Filter = { username: '', nodeId: '', importId: '' };

function asQuery(filter: Filter) {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value.trim() !== '').map(([key, value]) => [key, value.trim()]));
}

/** The feed of changes, per user, node or import, newest first; exportable as CSV; undo of your own last change. */
export function AuditPage() {
  const { t, language } = useMessages(auditMessages);
  const [draft, setDraft] = useState<Filter>(noFilter);
  const [filter, setFilter] = useState<Filter>(noFilter);
  const [offset, setOffset] = useState(0);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  // Asked afresh each time the view opens (others change the network too); an undo invalidates it with the network.
  const { state: loaded } = useOperation(auditRecordsQuery, { filter: asQuery(filter), limit: pageSize, offset }, { fresh: true });
  const mutate = useNetworkMutation();

  const apply = (event: SyntheticEvent) => {
    event.preventDefault();
    setFilter(draft);
    setOffset(0);
  };
  const undo = () => {
    setMessage(null);
    mutate(undoLastChangeMutation, {})
      .then(({ undoLastChange }) => {
        setMessage({ error: false, text: `${t('undone')}: ${undoLastChange.targetLabel}` });
      })
      .catch((error: unknown) => setMessage({ error: true, text: error instanceof Error ? error.message : String(error) }));
  };
  const exportHref = `/api/audit/export.csv?${new URLSearchParams(asQuery(filter)).toString()}`;

  return (
    <div className="audit-page" data-testid="audit-page">
      <h2>{t('title')}</h2>
      <p>{t('intro')}</p>
      <form className="audit-filter" onSubmit={apply}>
        {(['username', 'nodeId', 'importId'] as const).map((field) => (
          <label key={field}>
            {t(field)}{' '}
            <input value={draft[field]} onChange={(event) => setDraft({ ...draft, [field]: event.target.value })} data-testid={`audit-filter-${field}`} />
          </label>
        ))}
        <button type="submit">{t('filter')}</button>
        <button
          type="button"
          onClick={() => {
            setDraft(noFilter);
            setFilter(noFilter);
            setOffset(0);
          }}
        >
          {t('clear')}
        </button>
        <a href={exportHref} download data-testid="audit-export">
          {t('export')}
        </a>
        <button type="button" onClick={undo} data-testid="audit-undo">
          {t('undoMine')}
        </button>
      </form>
      {message === null ? null : (
        <p className={message.error ? 'form-error' : 'form-success'} role="status" data-testid="audit-message">
          {message.text}
        </p>
      )}
      {loaded.status === 'loading' ? <p className="status">{t('loading')}</p> : null}
      {loaded.status === 'error' ? <p className="form-error">{loaded.message}</p> : null}
      {loaded.status === 'ready' ? (
        <>
          {loaded.data.auditRecords.records.length === 0 ? <p className="muted">{t('none')}</p> : null}
          <table className="audit-table" data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('who')}</th>
                <th scope="col">{t('what')}</th>
                <th scope="col">{t('target')}</th>
                <th scope="col">{t('changes')}</th>
                <th scope="col">{t('origin')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.data.auditRecords.records.map((record) => (
                <tr key={record.id} data-testid="audit-record" data-target={record.targetId}>
                  <td>{readableTime(record.at, language)}</td>
                  <td>{record.username}</td>
                  <td>{t(`action_${record.action}`)}</td>
                  <td>
                    {record.targetLabel}
                    <br />
                    <span className="muted">{t(`target_${record.targetType}`)}</span>
                  </td>
                  <td>
                    <ChangeTable changes={record.changes} namedElsewhere={record.targetType === 'link' ? linkEnds : []} account={record.targetType === 'user'} />
                  </td>
                  <td>
                    {record.importId === null ? null : `${t('fromImport')} ${record.importFile ?? ''}`}
                    {record.proposalId === null ? null : t('fromProposal')}
                    {record.undoOf === null ? null : t('undoOf')}
                    {record.undoneBy === null ? null : ` (${t('undoneBy')})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="form-actions">
            <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - pageSize))}>
              {t('previous')}
            </button>
            <span>
              {offset + 1}–{Math.min(offset + pageSize, loaded.data.auditRecords.total)} {t('of')} {loaded.data.auditRecords.total}
            </span>
            <button type="button" disabled={offset + pageSize >= loaded.data.auditRecords.total} onClick={() => setOffset(offset + pageSize)}>
              {t('next')}
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}
