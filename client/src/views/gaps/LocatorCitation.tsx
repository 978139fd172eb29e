import { locatorCitation } from '../../core/citations/locatorCitation';
import { evidenceNames } from '../../core/i18n/vocabulary';
import { useMessages } from '../../core/i18n/useLanguage';
import type { GapProvenanceFragment } from '../../graphql/generated/graphql';
import { gapMessages } from './messages';

/** "SOU 2007:104, lines 898–900" with the evidence level in words, and the full citation a click away. */
export function LocatorCitation({ provenance }: { provenance: GapProvenanceFragment }) {
  const { t, language } = useMessages(gapMessages);
  const { source } = provenance;
  return (
    <span className="locator-citation" data-testid="locator-citation">
      {locatorCitation(provenance.sourceId, source, provenance.locator, language)}
      <span className="muted"> · {evidenceNames[provenance.evidence][language]}</span>
      {source === null ? null : (
        <details>
          <summary>{t('passage')}</summary>
          <p>{source.citation}</p>
          {source.url === null ? null : (
            <a href={source.url} target="_blank" rel="noreferrer noopener">
              {t('openSource')}
            </a>
          )}
        </details>
      )}
    </span>
  );
}
