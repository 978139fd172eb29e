import type { DataFormat } from '../../core/export/exportFile';
import { useMessages } from '../../core/i18n/useLanguage';
import { CopyButton } from './CopyButton';
import { exportMessages, type ExportMessageKey } from './messages';
import type { PreviewManifest } from '../../core/export/snapshotPreview';

const citationFormats: [DataFormat, ExportMessageKey][] = [
  ['bibtex', 'bibtex'],
  ['ris', 'ris'],
  ['csl-json', 'cslJson'],
];

interface CitationPanelProps {
  manifest: PreviewManifest;
  disabled: boolean;
  onDownload: (format: DataFormat) => void;
}

/** How to cite the snapshot: the short citation in the reader's language (and in English) to copy, or as a file. */
export function CitationPanel({ manifest, disabled, onDownload }: CitationPanelProps) {
  const { t, language } = useMessages(exportMessages);
  const citations =
    language === 'sv'
      ? [
          { id: 'sv', text: manifest.suggestedCitationSv, label: null },
          { id: 'en', text: manifest.suggestedCitation, label: t('inEnglish') },
        ]
      : [{ id: 'en', text: manifest.suggestedCitation, label: null }];
  return (
    <section className="export-citation" aria-label={t('citation')}>
      <h2>{t('citation')}</h2>
      {citations.map(({ id, text, label }) => (
        <figure key={id} className="citation-block">
          {label === null ? null : <figcaption>{label}</figcaption>}
          <blockquote className="citation" lang={id} data-testid={`citation-${id}`}>
            {text}
          </blockquote>
          <CopyButton text={text} testId={`copy-citation-${id}`} />
        </figure>
      ))}
      <div className="export-buttons">
        {citationFormats.map(([format, label]) => (
          <button key={format} type="button" disabled={disabled} data-testid={`export-${format}`} onClick={() => onDownload(format)}>
            {t(label)}
          </button>
        ))}
      </div>
      <details className="bibliography" data-testid="bibliography">
        <summary>
          {t('bibliography')} ({manifest.bibliography.length})
        </summary>
        <ol>
          {manifest.bibliography.map((entry) => (
            <li key={entry}>{entry}</li>
          ))}
        </ol>
      </details>
    </section>
  );
}
