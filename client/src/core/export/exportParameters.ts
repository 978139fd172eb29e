import type { Evidence, ExportMeasure, NodeKind } from '../../graphql/generated/graphql';
import type { FilterState } from '../filters/filters';
import { evidenceNames, kindNames } from '../i18n/vocabulary';
import type { GraphMode } from '../urlState/urlState';

/** What an export is cut by: the explorer's date, mode and the filters the server applies. */
export interface ExportChoice {
  asOf: string | null;
  mode: GraphMode;
  kinds: NodeKind[] | null;
  evidence: Evidence[] | null;
  bodyTypes: string[] | null;
  /** The network measures the nodes carry as attributes (only as of a date). */
  measures: ExportMeasure[];
}

/** The measures an export can carry, in the server's order (equal choices give equal snapshot ids). */
export const exportMeasures: readonly ExportMeasure[] = ['degree', 'weightedDegree', 'betweenness', 'closeness', 'eigenvector', 'pagerank', 'coreNumber', 'community'];

const allKinds = Object.keys(kindNames) as NodeKind[];
const allEvidence = Object.keys(evidenceNames) as Evidence[];

/** The explorer hides kinds and evidence levels; an export keeps the rest. Nothing hidden means no filter. */
export function exportChoiceOf(asOf: string | null, mode: GraphMode, filters: FilterState, measures: readonly ExportMeasure[] = []): ExportChoice {
  const kept = <T extends string>(all: T[], hidden: readonly T[]) => (hidden.length === 0 ? null : all.filter((value) => !hidden.includes(value)));
  return {
    asOf,
    mode,
    kinds: kept(allKinds, filters.hiddenKinds),
    evidence: kept(allEvidence, filters.hiddenEvidence),
    bodyTypes: filters.bodyTypes.length === 0 ? null : [...filters.bodyTypes],
    // Measures are of the network as of a date: "all dates" has none to carry.
    measures: asOf === null ? [] : exportMeasures.filter((name) => measures.includes(name)),
  };
}

/** Explorer filters that the exported files do not apply (they keep the whole country and every goal area). */
export function filtersNotExported(filters: FilterState): ('counties' | 'goalAreas')[] {
  return (['counties', 'goalAreas'] as const).filter((key) => filters[key].length > 0);
}

/** The query string of the export endpoints for a choice. */
export function exportQuery(choice: ExportChoice): string {
  const params = new URLSearchParams();
  if (choice.asOf !== null) params.set('asOf', choice.asOf);
  if (choice.mode !== 'twoMode') params.set('mode', choice.mode);
  if (choice.kinds !== null) params.set('kinds', choice.kinds.join(','));
  if (choice.evidence !== null) params.set('evidence', choice.evidence.join(','));
  if (choice.bodyTypes !== null) params.set('bodyTypes', choice.bodyTypes.join(','));
  if (choice.measures.length > 0) params.set('measures', choice.measures.join(','));
  return params.toString();
}
