import type { CitedProvenanceFragment } from '../../graphql/generated/graphql';
import { evidenceNames } from '../../core/i18n/vocabulary';
import { useMessages } from '../../core/i18n/useLanguage';
import { detailsMessages } from './messages';

/** Evidence level and a readable citation: the source's title and year with the place in it, the full text on demand. */
export function Citation({ provenance, compact = false }: { provenance: CitedProvenanceFragment; compact?: boolean }) {
  const { language, t } = useMessages(detailsMessages);
  const { source } = provenance;
  const title = source === null ? `${provenance.sourceId} (${t('unknownSource')})` : source.title;
  const year = source?.year ?? null;
  return (
    <span className="citation" data-testid="citation">
      <span className={`evidence evidence-${provenance.evidence}`}>{evidenceNames[provenance.evidence][language]}</span>
      {' · '}
      <cite title={source?.citation}>{compact && source !== null ? shortTitle(source.title) : title}</cite>
      {year === null || year === '' ? '' : ` (${year})`}, {t('locator')} {provenance.locator}
      {!compact && source !== null ? (
        <details>
          <summary>{t('citation')}</summary>
          <p>{source.citation}</p>
          {source.url === null ? null : (
            <p>
              <a href={source.url} target="_blank" rel="noreferrer noopener">
                {t('openSource')}
              </a>
            </p>
          )}
        </details>
      ) : null}
      {!compact && provenance.note !== null ? <span className="note">{provenance.note}</span> : null}
    </span>
  );
}

function shortTitle(title: string): string {
  const [first] = title.split('. ');
  return first !== undefined && first.length < 60 ? first : `${title.slice(0, 57)}…`;
}
