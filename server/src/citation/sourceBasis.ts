import type { SourceCitation } from '../export/types';
import { shortReference } from './seriesDesignation';

/** What a snapshot rests on, as a citation says it: its most cited source by name, and how many others. */
export interface SourceBasis {
  primary: string | null;
  others: number;
}

/** Of the cited `sources`, the one most cited in `ranking` (elements per source id; ties broken by id) named, the others counted. */
export function sourceBasis(sources: readonly SourceCitation[], ranking: ReadonlyMap<string, number>): SourceBasis {
  const cited = [...sources]
    .filter((source) => (ranking.get(source.id) ?? 0) > 0)
    .sort((a, b) => (ranking.get(b.id) ?? 0) - (ranking.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1));
  const first = cited[0];
  return first === undefined ? { primary: null, others: 0 } : { primary: shortReference(first), others: sources.length - 1 };
}
