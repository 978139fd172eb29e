import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { asRequestError } from '../../core/data/errors';
import { proposeEdit, runEdit, type Edit } from '../../core/editing/editRequests';
import { useMessages } from '../../core/i18n/useLanguage';
import { ChangeTable, type FieldChangeRow } from './ChangeTable';
import { editingMessages } from './messages';

type ActionState =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'previewed'; changes: readonly FieldChangeRow[] }
  | { status: 'done'; proposed: boolean }
  | { status: 'error'; code: string; message: string };

export interface FormActionsProps {
  /** The edit the form describes now, or null while it has errors (they are shown beside the fields). */
  edit: () => Edit | null;
  canEdit: boolean;
  /** What a viewer's proposal cites: the form's own source and place in it. */
  proposalSource: { source: string; locator: string };
  /** For a viewer, who cannot ask the server for a dry run: what the form would change. */
  localPreview: () => readonly FieldChangeRow[];
  /** After a save; what it changed is invalidated by the data layer already. */
  onSaved?: () => void;
  onCancel: () => void;
  danger?: boolean;
  saveLabel?: string;
  /** Names of the nodes the change may name by id (a link's ends, its goal areas). */
  names?: ReadonlyMap<string, string>;
}

/** Preview, then save (an editor) or propose (a viewer); a stale or invalid edit shows the server's reason. */
export function FormActions({ edit, canEdit, proposalSource, localPreview, onSaved, onCancel, danger, saveLabel, names }: FormActionsProps) {
  const { t } = useMessages(editingMessages);
  const [state, setState] = useState<ActionState>({ status: 'idle' });
  const queryClient = useQueryClient();

  const attempt = (work: (current: Edit) => Promise<ActionState>) => {
    const current = edit();
    if (current === null) return;
    setState({ status: 'busy' });
    work(current)
      .then(setState)
      .catch((error: unknown) => {
        const { code, message } = asRequestError(error);
        setState({ status: 'error', code, message });
      });
  };
  const preview = () =>
    attempt(async (current) => (canEdit ? { status: 'previewed', changes: (await runEdit(queryClient, current, true)).changes } : { status: 'previewed', changes: localPreview() }));
  const save = () =>
    attempt(async (current) => {
      if (canEdit) await runEdit(queryClient, current, false);
      else await proposeEdit(queryClient, current, proposalSource.source, proposalSource.locator);
      onSaved?.();
      return { status: 'done', proposed: !canEdit };
    });

  return (
    <div className="form-footer">
      {state.status === 'previewed' ? (
        <section aria-label={t('previewTitle')} data-testid="edit-preview">
          <h4>{t('previewTitle')}</h4>
          <ChangeTable changes={state.changes} names={names} />
        </section>
      ) : null}
      {state.status === 'error' ? (
        <div className="form-error" role="alert" data-testid="edit-error">
          <p>
            {state.code === 'CONFLICT' ? `${t('conflict')} ` : `${t('failed')}: `}
            {state.message}
          </p>
          {state.code === 'CONFLICT' ? (
            <button type="button" onClick={() => window.location.reload()}>
              {t('reload')}
            </button>
          ) : null}
        </div>
      ) : null}
      {state.status === 'done' ? (
        <p className="form-success" role="status" data-testid="edit-done">
          {state.proposed ? t('proposed') : t('saved')}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" onClick={preview} disabled={state.status === 'busy'} data-testid="edit-preview-button">
          {t('preview')}
        </button>
        <button type="button" className={danger === true ? 'danger' : 'primary'} onClick={save} disabled={state.status === 'busy'} data-testid="edit-save">
          {canEdit ? (saveLabel ?? t('save')) : t('propose')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
