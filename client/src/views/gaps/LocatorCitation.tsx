import { locatorCitation } from '../../core/citations/locatorCitation';
import { evidenceNames, inferredNames } from '../../core/i18n/vocabulary';
import { useMessages } from '../../core/i18n/useLanguage';
import type { GapProvenanceFragment, InferredPart } from '../../graphql/generated/graphql';
import { gapMessages } from './messages';

/**
 * "SOU 2007:104, lines 898–900" with the evidence level in words and what of the fact is inferred, so a reader sees
 * how strong it is, and the full citation a click away.
 */
type CitedProvenance = Pick<GapProvenanceFragment, 'evidence' | 'sourceId' | 'locator'> & {
  source?: { id: string; title: string; citation: string; url?: string | null } | null;
  inferred?: readonly InferredPart[] | null;
};

export function LocatorCitation({ provenance }: { provenance: CitedProvenance }) {
  const { t, language } = useMessages(gapMessages);
  const source = provenance.source ?? null;
  return (
    <span className="locator-citation" data-testid="locator-citation">
      {locatorCitation(provenance.sourceId, source, provenance.locator, language)}
      <span className="muted"> · {evidenceNames[provenance.evidence][language]}</span>
      {(provenance.inferred ?? []).length > 0 ? (
        <span className="muted" data-testid="locator-citation-inferred">
          {' '}
          · {t('inferred')}: {(provenance.inferred ?? []).map((part) => inferredNames[part][language]).join('; ')}
        </span>
      ) : null}
      {source === null ? null : (
        <details>
          <summary>{t('passage')}</summary>
          <p>{source.citation}</p>
          {source.url === null || source.url === undefined ? null : (
            <a href={source.url} target="_blank" rel="noreferrer noopener">
              {t('openSource')}
            </a>
          )}
        </details>
      )}
    </span>
  );
}
