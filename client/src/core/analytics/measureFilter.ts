import { measureOf, type MeasureKey, type NodeMetrics } from './measures';

/** Which nodes the measures let through: the top n by a measure, and those in the k-core for a minimum k. */
export interface MeasureFilter {
  top: { measure: MeasureKey; n: number } | null;
  minCore: number | null;
}

export const noMeasureFilter: MeasureFilter = { top: null, minCore: null };

export function isMeasureFiltering(filter: MeasureFilter): boolean {
  return filter.top !== null || filter.minCore !== null;
}

/**
 * The ids of the nodes kept, or null when the filter keeps everything. The k-core comes first, so "top 10 by
 * betweenness with k-core ≥ 2" is the ten most between nodes of the 2-core. Equal values are ordered by id, so a
 * cut through a tie is the same on every run.
 */
export function keptByMeasures(nodes: readonly NodeMetrics[], filter: MeasureFilter): ReadonlySet<string> | null {
  if (!isMeasureFiltering(filter)) return null;
  const { minCore, top } = filter;
  const inCore = minCore === null ? nodes : nodes.filter((node) => node.coreNumber >= minCore);
  if (top === null) return new Set(inCore.map((node) => node.id));
  const ranked = [...inCore].sort((a, b) => measureOf(b, top.measure) - measureOf(a, top.measure) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Set(ranked.slice(0, top.n).map((node) => node.id));
}
