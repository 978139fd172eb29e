import type { MeasureKey } from '../../../core/analytics/measures';
import type { AnalyticsMessageKey } from './messages';

/** Each measure's name and its one-line meaning, as message keys. */
export const measureLabels: Record<MeasureKey | 'community', { name: AnalyticsMessageKey; about: AnalyticsMessageKey }> = {
  degree: { name: 'degree', about: 'aboutDegree' },
  weightedDegree: { name: 'weightedDegree', about: 'aboutWeightedDegree' },
  betweenness: { name: 'betweenness', about: 'aboutBetweenness' },
  closeness: { name: 'closeness', about: 'aboutCloseness' },
  eigenvector: { name: 'eigenvector', about: 'aboutEigenvector' },
  pagerank: { name: 'pagerank', about: 'aboutPagerank' },
  coreNumber: { name: 'coreNumber', about: 'aboutCoreNumber' },
  community: { name: 'community', about: 'aboutCommunity' },
};
