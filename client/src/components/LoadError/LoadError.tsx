import { useLanguage } from '../../core/i18n/useLanguage';

/**
 * A view's data could not be loaded: says so, in plain words when the database is away (nothing the reader can do
 * but wait), and offers to try again.
 */
export function LoadError({ failed, error, onRetry }: { failed: string; error: { code: string; message: string }; onRetry: () => void }) {
  const { t } = useLanguage();
  return (
    <div className="status error" role="alert" data-testid="load-error">
      <p>{error.code === 'DATABASE_UNAVAILABLE' ? t('databaseDown') : `${failed}: ${error.message}`}</p>
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
