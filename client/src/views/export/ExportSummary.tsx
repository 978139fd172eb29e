import type { ExportChoice } from '../../core/export/exportParameters';
import { useMessages } from '../../core/i18n/useLanguage';
import { evidenceNames, kindNames } from '../../core/i18n/vocabulary';
import { exportMessages } from './messages';
import { exportMeasureName } from './MeasureChoice';
import type { PreviewManifest } from '../../core/export/snapshotPreview';

interface ExportSummaryProps {
  choice: ExportChoice;
  manifest: PreviewManifest | null;
  filtersNotExported: boolean;
}

/** Says exactly what the files will hold: date, mode, filters, size and the snapshot id. */
export function ExportSummary({ choice, manifest, filtersNotExported }: ExportSummaryProps) {
  const { t, language } = useMessages(exportMessages);
  const filterParts = [
    choice.kinds === null ? null : `${t('kindsKept')}: ${choice.kinds.map((kind) => kindNames[kind][language]).join(', ')}`,
    choice.evidence === null ? null : `${t('evidenceKept')}: ${choice.evidence.map((level) => evidenceNames[level][language]).join(', ')}`,
    choice.bodyTypes === null ? null : `${t('bodyTypesKept')}: ${choice.bodyTypes.join(', ')}`,
  ].filter((part): part is string => part !== null);
  return (
    <section className="export-summary" data-testid="export-summary" aria-label={t('whatIsExported')}>
      <h2>{t('whatIsExported')}</h2>
      <dl>
        <div>
          <dt>{t('date')}</dt>
          <dd>{choice.asOf ?? t('allDates')}</dd>
        </div>
        <div>
          <dt>{t('mode')}</dt>
          <dd>{t(choice.mode)}</dd>
        </div>
        <div>
          <dt>{t('filters')}</dt>
          <dd>{filterParts.length === 0 ? t('noFilters') : filterParts.join('; ')}</dd>
        </div>
        {manifest === null ? null : (
          <>
            <div>
              <dt>{t('counts')}</dt>
              <dd data-testid="export-counts">
                {manifest.nodeCount} {t('nodes')} · {manifest.edgeCount} {t('links')}
              </dd>
            </div>
            {manifest.measures === null ? null : (
              <div>
                <dt>{t('measuresCarried')}</dt>
                <dd data-testid="export-measures-carried">
                  {manifest.measures.measures.map(({ name }) => exportMeasureName(name, language)).join(', ')} ({manifest.measures.measuredNodes} {t('measuredNodes')})
                </dd>
              </div>
            )}
            <div>
              <dt>{t('snapshotId')}</dt>
              <dd>
                <code data-testid="snapshot-id">{manifest.snapshotId}</code>
              </dd>
            </div>
          </>
        )}
      </dl>
      {filtersNotExported ? <p className="note">{t('notExported')}</p> : null}
    </section>
  );
}
