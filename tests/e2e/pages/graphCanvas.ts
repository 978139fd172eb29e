import type { Page } from 'playwright-core';

/**
 * Clicks a node where it is drawn, with the real mouse, zoomed in first so that no neighbour overlaps it.
 * The click lands a little off the centre: Cytoscape's point-in-polygon test can miss a point exactly on the
 * vertical through a diamond's tips, and most nodes of the seed sit on whole coordinates.
 */
export async function clickGraphNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const graph = window.samverkanGraph;
    if (graph === undefined) throw new Error('The graph is not on the page');
    const node = graph.getElementById(nodeId);
    if (node.empty()) throw new Error(`No node ${nodeId} in the graph`);
    graph.stop();
    graph.zoom(2);
    graph.center(node);
    const box = graph.container()?.getBoundingClientRect();
    const position = node.renderedPosition();
    return { x: (box?.left ?? 0) + position.x + 4, y: (box?.top ?? 0) + position.y + 3 };
  }, id);
  await page.mouse.click(point.x, point.y);
}
