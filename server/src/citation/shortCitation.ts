import type { SnapshotMode, SnapshotScope } from '../export/types';
import { modeName, snapshotTitle, type CitationLanguage } from './snapshotTitle';
import type { SourceBasis } from './sourceBasis';

/** Everything a citation of a snapshot names. */
export interface CitationFacts {
  scope: SnapshotScope;
  mode: SnapshotMode;
  appVersion: string;
  /** The year the snapshot was cut, as APA's year of a data set. */
  year: number;
  snapshotId: string;
  url: string;
  basis: SourceBasis;
}

/** The project, as the author of the BibTeX, RIS and CSL-JSON entries. */
export const citationAuthor = 'Samverkan';

function basisSentence(basis: SourceBasis, language: CitationLanguage): string {
  if (basis.primary === null) return '';
  const sv = language === 'sv';
  const others =
    basis.others === 0
      ? ''
      : sv
        ? ` och ${basis.others} ${basis.others === 1 ? 'annan källa' : 'andra källor'}`
        : ` and ${basis.others} other ${basis.others === 1 ? 'source' : 'sources'}`;
  return sv ? `Bygger på ${basis.primary}${others} (se manifestet). ` : `Based on ${basis.primary}${others} (see manifest). `;
}

/**
 * A citation in APA 7's shape for a data set without a personal author (Title (Version) [Description]. (Year). URL),
 * with the snapshot id beside the version and the sources summed up in one sentence; the manifest's bibliography
 * lists them in full.
 */
export function shortCitation(facts: CitationFacts, language: CitationLanguage): string {
  const sv = language === 'sv';
  // Two-mode is the default, so only a projected snapshot says its mode in the title (the URL always does).
  const title = `${snapshotTitle(facts.scope, language)}${facts.mode === 'projected' ? `, ${modeName(facts.mode, language)}` : ''}`;
  const version = `${citationAuthor} ${facts.appVersion}; ${sv ? 'ögonblicksbild' : 'snapshot'} ${facts.snapshotId}`;
  return (
    `${title} (${version}) [${sv ? 'Datamängd' : 'Data set'}]. (${facts.year}). ` +
    `${basisSentence(facts.basis, language)}${facts.url}`
  );
}
