import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import seedrandom from 'seedrandom';
import type { PlainFcoseOptions } from '../performance/layoutOptions';
import { performanceThresholds } from '../performance/thresholds';
import type { LayoutGraph, Positions } from '../performance/layoutWorkerProtocol';
import { separate } from './separate';

cytoscape.use(fcose);

/** The room kept around each node once the layout is done, in model units, so that no two nodes touch. */
const nodeGap = 6;
/**
 * Passes of overlap removal: enough for none to remain on graphs a reader looks at node by node; none past the draft
 * line, where nodes are dots at the fitted zoom and fcose alone already takes most of the time a reader waits.
 */
const separationPasses = (nodeCount: number) => (nodeCount > performanceThresholds.draftLayoutAbove ? 0 : 150);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const edgeKey = (edge: { source: string; target: string }) => `${edge.source}\u0000${edge.target}`;

/** Runs work with Math.random drawing from a fixed seed, which is all of fcose's chance. */
function withFixedChance<T>(work: () => T): T {
  const original = Math.random;
  Math.random = seedrandom('samverkan-layout');
  try {
    return work();
  } finally {
    Math.random = original;
  }
}

/**
 * The force layout of a graph: fcose on a headless Cytoscape, with its randomness seeded and the graph read in id
 * order, so the same network gives the same picture on every load and every machine; then overlapping nodes are
 * pushed apart so that every node can be seen and clicked. Run in a fresh worker: fcose's own helper library keeps a
 * counter across runs in one page.
 */
export function forceLayout(graph: LayoutGraph, options: PlainFcoseOptions): Positions {
  const nodes = [...graph.nodes].sort(byId);
  const edges = [...graph.edges].sort((a, b) => (edgeKey(a) < edgeKey(b) ? -1 : edgeKey(a) > edgeKey(b) ? 1 : 0));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
    elements: [
      ...nodes.map((node) => ({ group: 'nodes' as const, data: { ...node } })),
      ...edges.map((edge, index) => ({ group: 'edges' as const, data: { id: `e${String(index)}`, source: edge.source, target: edge.target } })),
    ],
  });
  try {
    withFixedChance(() => cy.layout({ ...options, animate: false, randomize: true } as LayoutOptions).run());
    const placed = separate(
      cy.nodes().map((node) => ({ id: node.id(), ...node.position(), radius: Math.max(node.width(), node.height()) / 2 + nodeGap / 2, weight: 1 })),
      separationPasses(nodes.length),
    );
    return Object.fromEntries(placed);
  } finally {
    cy.destroy();
  }
}
