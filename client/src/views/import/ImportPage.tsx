import { useState } from 'react';
import type { ImportFieldsQuery, ImportJobFieldsFragment, ImportUploadQuery } from '../../graphql/generated/graphql';
import { runOperation } from '../../core/data/operation';
import { commitImportMutation, importFieldsQuery, importUploadQuery, previewImportMutation } from '../../core/import/operations';
import { useImportJob } from '../../core/import/useImportJob';
import { useMessages } from '../../core/i18n/useLanguage';
import { ImportPreviewPanel } from './ImportPreviewPanel';
import { MappingTable, mappingsOf, missingFields, type TableMapping } from './MappingTable';
import { importMessages, type ImportMessageKey } from './messages';
import { uploadFile } from '../../core/import/uploadFile';
import './import.css';

type Upload = NonNullable<ImportUploadQuery['importUpload']>;

interface Mapping {
  upload: Upload;
  fieldSets: ImportFieldsQuery['importFields'];
  tables: TableMapping[];
}

function Progress({ label, value, max }: { label: string; value: number; max: number }) {
  return (
    <div className="import-progress" role="status" data-testid="import-progress">
      <span>{label}</span> <progress value={value} max={Math.max(max, 1)} /> {max > 0 ? `${String(value)} / ${String(max)}` : ''}
    </div>
  );
}

/** Upload, map columns, dry run with a preview of every change and problem, then commit all of it or nothing. */
export function ImportPage() {
  const { t } = useMessages(importMessages);
  const [uploading, setUploading] = useState<number | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [started, setStarted] = useState<ImportJobFieldsFragment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const job = useImportJob(started);

  const fail = (failure: unknown) => {
    setUploading(null);
    setError(failure instanceof Error ? failure.message : String(failure));
  };
  const choose = (file: File | undefined) => {
    if (file === undefined) return;
    setError(null);
    setStarted(null);
    setMapping(null);
    setUploading(0);
    uploadFile(file, setUploading)
      .then(async ({ id }) => {
        const [{ importUpload }, { importFields }] = await Promise.all([runOperation(importUploadQuery, { id }), runOperation(importFieldsQuery, {})]);
        if (importUpload === null) throw new Error(id);
        setUploading(null);
        setMapping({ upload: importUpload, fieldSets: importFields, tables: mappingsOf(importUpload) });
      })
      .catch(fail);
  };
  const preview = () => {
    if (mapping === null) return;
    setError(null);
    runOperation(previewImportMutation, { uploadId: mapping.upload.id, tables: mapping.tables })
      .then(({ previewImport }) => setStarted(previewImport))
      .catch(fail);
  };
  const commit = () => {
    if (job === null) return;
    // The commit runs as a job: useImportJob invalidates the network's answers once it is committed.
    runOperation(commitImportMutation, { jobId: job.id })
      .then(({ commitImport }) => setStarted(commitImport))
      .catch(fail);
  };
  const reset = () => {
    setMapping(null);
    setStarted(null);
    setError(null);
  };
  const incomplete = mapping?.tables.some((table) => missingFields(table, mapping.fieldSets).length > 0) ?? true;
  const busy = job !== null && (job.status === 'previewing' || job.status === 'committing');

  return (
    <div className="import-page" data-testid="import-page">
      <h2>{t('title')}</h2>
      <p>{t('intro')}</p>
      <p>
        <a href="/api/import/template.xlsx" download data-testid="import-template">
          {t('template')}
        </a>{' '}
        · {t('templateCsv')}: <a href="/api/import/template-sources.csv">{t('sources')}</a>, <a href="/api/import/template-nodes.csv">{t('nodes')}</a>,{' '}
        <a href="/api/import/template-links.csv">{t('links')}</a>
      </p>
      <label className="import-file">
        {t('chooseFile')}{' '}
        <input type="file" accept=".csv,.xlsx" data-testid="import-file" disabled={busy} onChange={(event) => choose(event.target.files?.[0])} />
      </label>
      {uploading === null ? null : <Progress label={t('uploading')} value={Math.round(uploading * 100)} max={100} />}
      {error === null ? null : (
        <p className="form-error" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
      {mapping !== null && job === null ? (
        <>
          <h3>{t('mapping')}</h3>
          <MappingTable
            mappings={mapping.tables}
            rowCounts={Object.fromEntries(mapping.upload.tables.map((table) => [table.name, table.rowCount]))}
            fieldSets={mapping.fieldSets}
            onChange={(tables) => setMapping({ ...mapping, tables })}
          />
          <button type="button" className="primary" disabled={incomplete} onClick={preview} data-testid="import-preview-button">
            {t('previewButton')}
          </button>
        </>
      ) : null}
      {job === null ? null : (
        <section data-testid="import-job" data-status={job.status}>
          {busy ? <Progress label={t(`phase_${job.phase}` as ImportMessageKey)} value={job.processed} max={job.total} /> : null}
          {job.status === 'invalid' ? <p className="form-error">{t('invalid')}</p> : null}
          {job.status === 'ready' ? <p>{t('ready')}</p> : null}
          {job.status === 'committed' ? <p className="form-success" data-testid="import-committed">{t('committed')}</p> : null}
          {job.status === 'failed' ? (
            <p className="form-error" role="alert">
              {t('failed')}: {job.error}
            </p>
          ) : null}
          {job.preview === null ? null : <ImportPreviewPanel preview={job.preview} />}
          <div className="form-actions">
            {job.status === 'ready' ? (
              <button type="button" className="primary" onClick={commit} data-testid="import-commit">
                {t('commitButton')}
              </button>
            ) : null}
            {busy ? null : (
              <button type="button" onClick={reset}>
                {t('another')}
              </button>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
