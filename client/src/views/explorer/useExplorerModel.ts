import { useMemo } from 'react';
import { projectedGraph, twoModeGraph } from '../../core/graph/explorerElements';
import { networkQuery } from '../../core/graph/networkQuery';
import { indexNetwork } from '../../core/graph/networkIndex';
import { projectTies } from '../../core/graph/projection';
import { useOperation } from '../../core/data/useOperation';
import { nodePasses, revealedBy, visibleElements } from '../../core/filters/filters';
import { layoutPlan } from '../../core/layout/layoutPlan';
import type { ExplorerState } from '../../core/urlState/urlState';

/** What the analytics add to what is drawn: the nodes the measure filters keep (null: all) and the nodes of the paths asked for. */
export interface AnalyticsRestrictions {
  kept: ReadonlySet<string> | null;
  pathNodes: readonly string[];
}

const noRestrictions: AnalyticsRestrictions = { kept: null, pathNodes: [] };

/**
 * Everything the explorer draws, derived from the network at the date and the view state in the URL:
 * the index, the graph of the current mode, what is visible and the layout plan.
 */
export function useExplorerModel(asOf: string | null, state: ExplorerState, relayouts: number, analytics: AnalyticsRestrictions = noRestrictions) {
  const { state: remote, retry } = useOperation(networkQuery, { asOf });
  const network = remote.status === 'ready' ? remote.data.network : null;
  const index = useMemo(() => (network === null ? null : indexNetwork(network)), [network]);
  const { focus, selected, mode, layout } = state;
  // The URL is read afresh on every change; by value, unchanged lists keep their identity, so selecting a node
  // does not rebuild the graph.
  const filtersKey = JSON.stringify(state.filters);
  const hiddenKey = JSON.stringify(state.hidden);
  const expandedKey = JSON.stringify(state.expanded);
  const filters = useMemo(() => JSON.parse(filtersKey) as ExplorerState['filters'], [filtersKey]);
  const hidden = useMemo(() => JSON.parse(hiddenKey) as string[], [hiddenKey]);
  const expanded = useMemo(() => JSON.parse(expandedKey) as ExplorerState['expanded'], [expandedKey]);

  const passes = useMemo(() => (id: string) => index !== null && nodePasses(index, id, filters), [index, filters]);
  const { kept, pathNodes } = analytics;
  // The measure filters narrow what is drawn, not what the projection counts: bodies are never among the measured actors.
  const shown = useMemo(() => (kept === null ? passes : (id: string) => kept.has(id) && passes(id)), [kept, passes]);
  const pinned = useMemo(() => {
    const revealed = index === null ? [] : revealedBy(index, expanded);
    return [...new Set([...(selected === null ? [] : [selected]), ...(focus === null ? [] : [focus]), ...expanded.map((entry) => entry.id), ...revealed, ...pathNodes])];
  }, [index, expanded, selected, focus, pathNodes]);

  const modeGraph = useMemo(() => {
    if (index === null) return null;
    if (mode === 'twoMode') return twoModeGraph(index);
    const ties = projectTies(
      index,
      (id) => passes(id) && !hidden.includes(id),
      (edge) => !filters.hiddenEvidence.includes(edge.provenance.evidence),
    );
    return projectedGraph(index, ties);
  }, [index, mode, passes, hidden, filters.hiddenEvidence]);

  const visibility = useMemo(
    () =>
      modeGraph === null
        ? null
        : visibleElements(modeGraph.viewGraph, shown, filters, { hidden, focus, pinned }, { dropIsolates: mode === 'projected' && kept === null }),
    [modeGraph, shown, filters, hidden, focus, pinned, mode, kept],
  );

  const centre = layout === 'concentric' ? (focus ?? selected) : null;
  const plan = useMemo(() => (index === null ? null : layoutPlan(layout, index, centre)), [index, layout, centre]);
  // The layout runs again when its key changes: a new layout, a new centre, a new date for the date-bound layouts.
  const dateBound = layout === 'geographic' || layout === 'counties';
  const layoutKey = `${layout}|${centre ?? ''}|${dateBound ? (network?.asOf ?? 'all') : ''}|${mode}|${relayouts}`;

  return { remote, retry, network, index, modeGraph, visibility, plan, layoutKey };
}
