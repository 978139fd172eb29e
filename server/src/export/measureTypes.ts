import { measureNames } from '../analytics/measures';
import type { AttributeType } from './attributeModel';

/** The measures an export can carry as node attributes: those of `networkMetrics`, and the Louvain community. */
export const exportMeasures = [...measureNames, 'community'] as const;
export type ExportMeasure = (typeof exportMeasures)[number];

/** Each measure's declared type, whatever its values happen to be (a betweenness of 0 everywhere is still a double). */
export const measureTypes: Record<ExportMeasure, AttributeType> = {
  degree: 'integer',
  weightedDegree: 'double',
  betweenness: 'double',
  closeness: 'double',
  eigenvector: 'double',
  pagerank: 'double',
  coreNumber: 'integer',
  community: 'integer',
};
