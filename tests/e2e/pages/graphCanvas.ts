import type { Core, NodeSingular } from 'cytoscape';
import type { Page } from 'playwright-core';

/** Cytoscape's own hit test (what a click on the canvas goes through), in model coordinates. */
interface HitTestingRenderer {
  findNearestElement(x: number, y: number, interactiveElementsOnly: boolean, isTouch: boolean): NodeSingular | undefined;
}

declare module 'cytoscape' {
  interface Core {
    renderer(): HitTestingRenderer;
  }
}

/**
 * Clicks a node where it is drawn, with the real mouse, at a point where Cytoscape's hit test finds that node.
 * A force layout can leave nodes with the same neighbours on top of each other, so the point is searched for
 * rather than taken from the centre (which also misses on the vertical through a diamond's tips); a node that
 * is covered everywhere first has the nodes on it moved aside, as a user would drag them.
 */
export async function clickGraphNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const graph: Core | undefined = window.samverkanGraph;
    if (graph === undefined) throw new Error('The graph is not on the page');
    const node = graph.getElementById(nodeId);
    if (node.empty()) throw new Error(`No node ${nodeId} in the graph`);
    graph.stop();
    const shapeOnly = { includeLabels: false, includeOverlays: false };
    const freePoint = () => {
      const box = node.boundingBox(shapeOnly);
      const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
      const fractions = [0.1, -0.1, 0.2, -0.2, 0.3, -0.3];
      return fractions
        .flatMap((dx) => [0, ...fractions].map((dy) => ({ x: centre.x + (dx * box.w) / 2, y: centre.y + (dy * box.h) / 2 })))
        .find(({ x, y }) => graph.renderer().findNearestElement(x, y, true, false)?.id() === nodeId);
    };
    let free = freePoint();
    if (free === undefined) {
      const own = node.boundingBox(shapeOnly);
      graph
        .nodes(':visible')
        .not(node)
        .not(node.ancestors())
        .filter((other) => {
          const box = other.boundingBox(shapeOnly);
          return box.x1 < own.x2 && box.x2 > own.x1 && box.y1 < own.y2 && box.y2 > own.y1;
        })
        .shift({ x: 0, y: own.h * 3 });
      free = freePoint();
    }
    if (free === undefined) throw new Error(`Cytoscape's hit test never finds node ${nodeId}`);
    graph.zoom(2);
    graph.center(node);
    const pan = graph.pan();
    const container = graph.container()?.getBoundingClientRect();
    return { x: (container?.left ?? 0) + pan.x + free.x * graph.zoom(), y: (container?.top ?? 0) + pan.y + free.y * graph.zoom() };
  }, id);
  await page.mouse.click(point.x, point.y);
}
