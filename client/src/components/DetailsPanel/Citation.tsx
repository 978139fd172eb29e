import type { CitedProvenanceFragment, ProvenanceDetailFragment, SourceType } from '../../graphql/generated/graphql';
import { evidenceNames, inferredNames, sourceTypeNames } from '../../core/i18n/vocabulary';
import { useMessages } from '../../core/i18n/useLanguage';
import { detailsMessages } from './messages';

/**
 * Evidence level and a readable citation: the source's title, year and type with the place in it, the full text on
 * demand; then what of the fact is inferred and where its dates come from when not from the same source.
 */
/** A citation, with the details the neighbourhood query adds when it has them (the network query has not). */
export interface CitationProvenance extends CitedProvenanceFragment, Partial<Omit<ProvenanceDetailFragment, 'source'>> {
  source: (CitedProvenanceFragment['source'] & { type?: SourceType | null }) | null;
}

export function Citation({ provenance, compact = false }: { provenance: CitationProvenance; compact?: boolean }) {
  const { language, t } = useMessages(detailsMessages);
  const { source } = provenance;
  const title = source === null ? `${provenance.sourceId} (${t('unknownSource')})` : source.title;
  const year = source?.year ?? null;
  return (
    <span className="citation" data-testid="citation">
      <span className={`evidence evidence-${provenance.evidence}`}>{evidenceNames[provenance.evidence][language]}</span>
      {' · '}
      <cite title={source?.citation} data-free-text>{compact && source !== null ? shortTitle(source.title) : title}</cite>
      {year === null || year === '' ? '' : ` (${year})`}
      {source?.type == null ? '' : ` [${sourceTypeNames[source.type][language]}]`}, {t('locator')} {provenance.locator}
      {!compact && source !== null ? (
        <details>
          <summary>{t('citation')}</summary>
          <p data-free-text>{source.citation}</p>
          {source.url === null ? null : (
            <p>
              <a href={source.url} target="_blank" rel="noreferrer noopener">
                {t('openSource')}
              </a>
            </p>
          )}
        </details>
      ) : null}
      {!compact && (provenance.inferred ?? []).length > 0 ? (
        <span className="inferred" data-testid="citation-inferred">
          {t('inferred')}: {(provenance.inferred ?? []).map((part) => inferredNames[part][language]).join('; ')}
        </span>
      ) : null}
      {!compact && provenance.dateSourceId != null ? (
        <span className="date-source" data-testid="citation-dates">
          {t('dates')} <cite data-free-text>{provenance.dateSource?.title ?? provenance.dateSourceId}</cite>, {t('locator')} {provenance.dateLocator}
        </span>
      ) : null}
      {!compact && provenance.dateDerivation != null ? (
        <span className="date-source" data-testid="citation-date-derivation">
          {t('dateDerived')}: <span data-free-text>{provenance.dateDerivation}</span>
        </span>
      ) : null}
      {!compact && provenance.note !== null ? <span className="note">{provenance.note}</span> : null}
    </span>
  );
}

function shortTitle(title: string): string {
  const [first] = title.split('. ');
  return first !== undefined && first.length < 60 ? first : `${title.slice(0, 57)}…`;
}
