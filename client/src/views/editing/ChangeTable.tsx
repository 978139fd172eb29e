import { useMessages } from '../../core/i18n/useLanguage';
import { editingMessages } from './messages';

export interface FieldChangeRow {
  field: string;
  before?: string | null;
  after?: string | null;
}

/** Field by field, what a change does (or did): the preview before saving and the audit feed both use it. */
export function ChangeTable({ changes, testId }: { changes: readonly FieldChangeRow[]; testId?: string }) {
  const { t } = useMessages(editingMessages);
  if (changes.length === 0) return <p className="muted">{t('nothingChanges')}</p>;
  return (
    <table className="change-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('field')}</th>
          <th scope="col">{t('before')}</th>
          <th scope="col">{t('after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{change.field}</th>
            <td className="before">{change.before ?? '–'}</td>
            <td className="after">{change.after ?? '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
