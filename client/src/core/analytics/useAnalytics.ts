import type { GraphMode } from '../urlState/urlState';
import { useOperation } from '../data/useOperation';
import { networkMetricsQuery, pathsQuery } from './analyticsQueries';

/** The most shortest paths the explorer lists (the server allows up to 50). */
export const pathsShown = 10;

/** The measures of every node as of the date (today when none is chosen) in the graph of the view's mode; only when asked for. */
export function useNetworkMetrics(asOf: string | null, mode: GraphMode, wanted: boolean) {
  return useOperation(networkMetricsQuery, wanted ? { asOf, mode } : null);
}

/** The shortest paths between two nodes as of the date, once both ends are chosen. */
export function usePaths(from: string | null, to: string | null, asOf: string | null, mode: GraphMode) {
  return useOperation(pathsQuery, from === null || to === null ? null : { from, to, asOf, mode, max: pathsShown });
}
