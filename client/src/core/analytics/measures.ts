import type { NetworkMetricsQuery } from '../../graphql/generated/graphql';
import type { Language } from '../i18n/messages';

export type MetricsData = NetworkMetricsQuery['networkMetrics'];
export type NodeMetrics = MetricsData['nodes'][number];
export type CommunityData = MetricsData['communities'][number];

/** The numeric measures the server computes for every node, in the order the controls and the table list them. */
export const measureKeys = ['degree', 'weightedDegree', 'betweenness', 'closeness', 'eigenvector', 'pagerank', 'coreNumber'] as const;
export type MeasureKey = (typeof measureKeys)[number];

const wholeNumbers: ReadonlySet<MeasureKey> = new Set(['degree', 'coreNumber']);

export function isMeasureKey(text: string | null): text is MeasureKey {
  return measureKeys.some((key) => key === text);
}

export function measureOf(node: NodeMetrics, key: MeasureKey): number {
  return node[key];
}

/** Counts as whole numbers, the rest with four significant digits (enough to tell neighbours in a sorted table apart). */
export function formatMeasure(key: MeasureKey, value: number, language: Language): string {
  const locale = language === 'sv' ? 'sv-SE' : 'en-GB';
  if (wholeNumbers.has(key) || Number.isInteger(value)) return value.toLocaleString(locale);
  return value.toLocaleString(locale, { maximumSignificantDigits: 4 });
}

/** The smallest and largest value of a measure, for scales and legends; null when no node is measured. */
export function measureRange(nodes: readonly NodeMetrics[], key: MeasureKey): { min: number; max: number } | null {
  if (nodes.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const node of nodes) {
    const value = measureOf(node, key);
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { min, max };
}

/** How the server says a measure is computed and normalised, or null if it says nothing about it. */
export function definitionOf(metrics: MetricsData, measure: MeasureKey | 'community'): { normalisation: string; networkx: string } | null {
  return metrics.definitions.find((definition) => definition.measure === measure) ?? null;
}
