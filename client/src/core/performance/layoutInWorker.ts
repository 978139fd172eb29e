import type { Core, PresetLayoutOptions } from 'cytoscape';
import type { PlainFcoseOptions } from './layoutOptions';
import type { LayoutGraph, LayoutReply, LayoutRequest, Positions } from './layoutWorkerProtocol';

/** The graph as the worker needs it, read from what Cytoscape draws (hidden elements left out). */
export function layoutGraphOf(cy: Core): LayoutGraph {
  const nodes = cy.nodes().filter((node) => node.visible() && !node.isParent());
  const ids = new Set(nodes.map((node) => node.id()));
  return {
    nodes: nodes.map((node) => ({ id: node.id(), width: node.width(), height: node.height() })),
    edges: cy
      .edges()
      .map((edge) => ({ source: edge.source().id(), target: edge.target().id() }))
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target)),
  };
}

/** Lays a graph out in a Web Worker; the page keeps answering input meanwhile. Rejects with an AbortError when aborted. */
export function layoutInWorker(graph: LayoutGraph, options: PlainFcoseOptions, signal?: AbortSignal): Promise<{ positions: Positions; layoutMs: number }> {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      reject(new DOMException('The layout was cancelled', 'AbortError'));
    };
    if (signal?.aborted === true) {
      stop();
      return;
    }
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      if (event.data.ok) resolve({ positions: event.data.positions, layoutMs: event.data.layoutMs });
      else reject(new Error(`The layout failed: ${event.data.message}`));
    };
    worker.onerror = (event) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(`The layout worker failed: ${event.message}`));
    };
    const request: LayoutRequest = { graph, options };
    worker.postMessage(request);
  });
}

/** A preset layout that moves the nodes it runs on to computed positions (others stay put) and fits them in view. */
export function applyPositionsOf(positions: Positions, how: { animate: boolean; duration: number; padding: number }): PresetLayoutOptions {
  return { name: 'preset', positions, animate: how.animate, animationDuration: how.duration, fit: true, padding: how.padding };
}

/** Moves every node to its computed position in one batch and fits the view. */
export function applyPositions(cy: Core, positions: Positions, padding = 30): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const position = positions[node.id()];
      if (position !== undefined) node.position(position);
    });
  });
  cy.fit(undefined, padding);
}
