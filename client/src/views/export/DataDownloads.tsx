import { useState } from 'react';
import type { DataFormat } from '../../core/export/exportFile';
import { useMessages } from '../../core/i18n/useLanguage';
import { exportMessages, type ExportMessageKey } from './messages';

/** Each button: its test id, the format, its label and any parameter of how the file is written. */
const snapshotFormats: [string, DataFormat, ExportMessageKey, Record<string, string>?][] = [
  ['gexf', 'gexf', 'gexf'],
  ['graphml', 'graphml', 'graphml'],
  ['csv', 'csv', 'csv'],
  // Excel opening a CSV by double-click reads UTF-8 only after a byte-order mark; Gephi and R do not want one.
  ['csv-excel', 'csv', 'csvExcel', { bom: 'true' }],
  ['xlsx', 'xlsx', 'xlsx'],
  ['json', 'json', 'json'],
  ['cyjs', 'cyjs', 'cyjs'],
];

interface DataDownloadsProps {
  disabled: boolean;
  onDownload: (format: DataFormat, history?: { from: string; to: string }, written?: Record<string, string>) => void;
}

/** One button per file format, and the dynamic GEXF over a period of the reader's choice. */
export function DataDownloads({ disabled, onDownload }: DataDownloadsProps) {
  const { t } = useMessages(exportMessages);
  const [from, setFrom] = useState('2006-01-01');
  const [to, setTo] = useState('2008-06-01');
  return (
    <section className="export-data" aria-label={t('dataFiles')}>
      <h2>{t('dataFiles')}</h2>
      <p className="hint">{t('dataHint')}</p>
      <div className="export-buttons">
        {snapshotFormats.map(([id, format, label, written]) => (
          <button key={id} type="button" disabled={disabled} data-testid={`export-${id}`} onClick={() => onDownload(format, undefined, written)}>
            {t(label)}
          </button>
        ))}
      </div>
      <fieldset>
        <legend>{t('history')}</legend>
        <label>
          {t('from')} <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>{' '}
        <label>
          {t('to')} <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </label>{' '}
        <button type="button" disabled={disabled} data-testid="export-gexf-dynamic" onClick={() => onDownload('gexf-dynamic', { from, to })}>
          {t('gexfDynamic')}
        </button>
      </fieldset>
    </section>
  );
}
