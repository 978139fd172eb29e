/// <reference lib="webworker" />
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutReply, LayoutRequest, Positions } from './layoutWorkerProtocol';

cytoscape.use(fcose);

/** Runs fcose on a headless Cytoscape off the page's main thread and posts back the positions. */
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const started = performance.now();
  try {
    const { graph, options } = event.data;
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
      elements: [
        ...graph.nodes.map((node) => ({ group: 'nodes' as const, data: { ...node } })),
        ...graph.edges.map((edge, index) => ({ group: 'edges' as const, data: { id: `e${index}`, source: edge.source, target: edge.target } })),
      ],
    });
    const layout = cy.layout({ ...options, animate: false } as LayoutOptions);
    layout.one('layoutstop', () => {
      const positions: Positions = {};
      cy.nodes().forEach((node) => {
        positions[node.id()] = { ...node.position() };
      });
      const reply: LayoutReply = { ok: true, positions, layoutMs: performance.now() - started };
      self.postMessage(reply);
      cy.destroy();
    });
    layout.run();
  } catch (error) {
    const reply: LayoutReply = { ok: false, message: error instanceof Error ? error.message : String(error) };
    self.postMessage(reply);
  }
};
