import type { ImportJobFieldsFragment } from '../../graphql/generated/graphql';
import { useMessages } from '../../core/i18n/useLanguage';
import { ChangeTable } from '../editing/ChangeTable';
import { importMessages } from './messages';

type Preview = NonNullable<ImportJobFieldsFragment['preview']>;
type Item = Preview['created'][number];

function ItemList({ title, count, items, testId }: { title: string; count: number; items: readonly Item[]; testId: string }) {
  const { t } = useMessages(importMessages);
  if (count === 0) return null;
  return (
    <details className="import-items" data-testid={testId}>
      <summary>
        {title}: {count}
        {items.length < count ? ` (${t('shownFirst')} ${String(items.length)})` : ''}
      </summary>
      <ul>
        {items.map((item) => (
          <li key={`${item.targetType}:${item.id}`}>
            <p>
              {item.table} {t('row').toLowerCase()} {item.row}: <strong>{item.label}</strong> ({item.id})
            </p>
            <ChangeTable changes={item.changes} />
          </li>
        ))}
      </ul>
    </details>
  );
}

/** What an import would do: counts, the items themselves, and every invalid row with its column and reason. */
export function ImportPreviewPanel({ preview }: { preview: Preview }) {
  const { t } = useMessages(importMessages);
  return (
    <section className="import-preview" data-testid="import-preview">
      <ul className="import-counts">
        <li data-testid="count-created">
          {t('created')}: {preview.createdCount}
        </li>
        <li data-testid="count-changed">
          {t('changed')}: {preview.changedCount}
        </li>
        <li data-testid="count-ended">
          {t('ended')}: {preview.endedCount}
        </li>
        <li data-testid="count-unchanged">
          {t('unchanged')}: {preview.unchangedCount}
        </li>
        <li data-testid="count-problems" className={preview.problemCount > 0 ? 'form-error' : undefined}>
          {t('problems')}: {preview.problemCount}
        </li>
      </ul>
      {preview.problems.length > 0 ? (
        <table className="import-problems" data-testid="import-problems">
          <thead>
            <tr>
              <th scope="col">{t('table')}</th>
              <th scope="col">{t('row')}</th>
              <th scope="col">{t('column')}</th>
              <th scope="col">{t('reason')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.problems.map((problem) => (
              <tr key={`${problem.table}:${String(problem.row)}:${problem.column}:${problem.reason}`}>
                <td>{problem.table}</td>
                <td>{problem.row}</td>
                <td>{problem.column}</td>
                <td>{problem.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <ItemList title={t('created')} count={preview.createdCount} items={preview.created} testId="import-created" />
      <ItemList title={t('changed')} count={preview.changedCount} items={preview.changed} testId="import-changed" />
      <ItemList title={t('ended')} count={preview.endedCount} items={preview.ended} testId="import-ended" />
    </section>
  );
}
