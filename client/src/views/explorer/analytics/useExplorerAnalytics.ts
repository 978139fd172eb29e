import { useMemo } from 'react';
import { isMeasureFiltering, keptByMeasures } from '../../../core/analytics/measureFilter';
import { measureStylesheet, nodeLooks, withLooks } from '../../../core/analytics/nodeStyling';
import { pathElements } from '../../../core/analytics/pathHighlight';
import { useNetworkMetrics, usePaths } from '../../../core/analytics/useAnalytics';
import type { ModeGraph } from '../../../core/graph/explorerElements';
import type { NetworkIndex } from '../../../core/graph/networkIndex';
import type { ExplorerState } from '../../../core/urlState/urlState';

const noPathNodes: readonly string[] = [];

/**
 * The measures and paths of the explorer's date and mode, and what they change on screen: which nodes the measure
 * filters keep, the path to highlight, and the style rules for the sizes and colours of the nodes.
 */
export function useExplorerAnalytics(asOf: string | null, state: ExplorerState) {
  const { display, measureFilter, path, mode, selected, table } = state;
  const styled = display.size !== null || display.colour !== null;
  const filtering = isMeasureFiltering(measureFilter);
  const { state: metricsRemote, retry: retryMetrics } = useNetworkMetrics(asOf, mode, styled || filtering || table);
  const metrics = metricsRemote.status === 'ready' ? metricsRemote.data.networkMetrics : null;

  const topKey = JSON.stringify(measureFilter);
  const kept = useMemo(() => (metrics === null ? null : keptByMeasures(metrics.nodes, JSON.parse(topKey) as typeof measureFilter)), [metrics, topKey]);

  const from = path.from ?? selected;
  const to = path.to;
  const { state: connectionRemote } = usePaths(from, to, asOf, mode);
  const connection = connectionRemote.status === 'ready' && !connectionRemote.refreshing ? connectionRemote.data.paths : null;
  const highlight = useMemo(() => (connection === null || !connection.connected ? null : pathElements(connection)), [connection]);
  const pathNodes = useMemo(() => (highlight === null ? noPathNodes : [...highlight.nodes]), [highlight]);

  const sizeBy = display.size;
  const colourBy = display.colour;
  const extraStyle = useMemo(() => measureStylesheet({ size: sizeBy, colour: colourBy }), [sizeBy, colourBy]);

  return { metricsRemote, retryMetrics, metrics, kept, from, to, connectionRemote, highlight, pathNodes, extraStyle, styled };
}

/** The graph's elements with the sizes and colours the measures give them (the elements as they are when none is chosen). */
export function useStyledElements(modeGraph: ModeGraph | null, index: NetworkIndex | null, analytics: ReturnType<typeof useExplorerAnalytics>, display: ExplorerState['display']) {
  const { metrics, styled } = analytics;
  const sizeBy = display.size;
  const colourBy = display.colour;
  return useMemo(() => {
    if (modeGraph === null) return null;
    if (!styled || metrics === null || index === null) return modeGraph.elements;
    return withLooks(modeGraph.elements, nodeLooks(metrics, { size: sizeBy, colour: colourBy }, index.network.nodes));
  }, [modeGraph, index, metrics, styled, sizeBy, colourBy]);
}
