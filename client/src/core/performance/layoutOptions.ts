import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import { performanceThresholds } from './thresholds';

/** fcose options with plain numbers only, so the same object can be posted to a worker. */
export type PlainFcoseOptions = Omit<FcoseLayoutOptions, 'nodeRepulsion' | 'idealEdgeLength' | 'edgeElasticity' | 'nestingFactor'> & {
  name: 'fcose';
  nodeRepulsion: number;
  idealEdgeLength: number;
  edgeElasticity: number;
  nestingFactor: number;
};

export interface LayoutChoice {
  options: PlainFcoseOptions;
}

/**
 * The force layout for a graph of `nodeCount` nodes: full iterations while it is quick, fewer above that, and at
 * draft quality (no force refinement) past the point where even the worker takes too long.
 */
export function layoutOptionsFor(nodeCount: number): LayoutChoice {
  const { mainThreadLayoutMax, draftLayoutAbove } = performanceThresholds;
  const large = nodeCount > draftLayoutAbove;
  return {
    options: {
      name: 'fcose',
      quality: large ? 'draft' : 'default',
      randomize: true,
      animate: false,
      fit: true,
      padding: 30,
      nodeRepulsion: 6000,
      idealEdgeLength: 60,
      edgeElasticity: 0.45,
      nestingFactor: 0.3,
      // Equal node sizes let fcose skip per-node overlap work; above the draft line that detail is lost anyway.
      uniformNodeDimensions: large,
      // Fewer force iterations for mid-sized graphs: most of the gain comes early.
      numIter: nodeCount > mainThreadLayoutMax ? 1_000 : 2_500,
    },
  };
}
