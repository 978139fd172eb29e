import type { Core } from 'cytoscape';

/**
 * How far one wheel event zooms: 2^(-delta × rate), so the zoom follows the distance scrolled, as in d3-zoom and
 * most map viewers. A mouse notch (100 px) zooms about 15 %; a trackpad's many small deltas add up to the same per
 * distance; a pinch (which browsers send as a wheel with ctrlKey) counts ten times as much.
 */
const rateByMode = [0.002, 0.05, 1];

export function wheelZoomFactor(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
  const rate = rateByMode[event.deltaMode] ?? rateByMode[0] ?? 0.002;
  return 2 ** (-event.deltaY * rate * (event.ctrlKey ? 10 : 1));
}

/**
 * Zooms the graph with the wheel at the usual rate. Cytoscape's own wheel zoom divides every mouse notch down to
 * about 3 % (1 % with the sensitivity the app used to set), which its `wheelSensitivity` cannot raise without making
 * trackpads far too fast; so the wheel is taken before Cytoscape sees it, in the capture phase on the window.
 * Returns the function that removes the listener.
 */
export function installWheelZoom(cy: Core, container: HTMLElement): () => void {
  const onWheel = (event: WheelEvent) => {
    if (!(event.target instanceof Node) || !container.contains(event.target)) return;
    if (!cy.userZoomingEnabled() || event.deltaY === 0 || event.buttons !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    const box = container.getBoundingClientRect();
    cy.zoom({ level: cy.zoom() * wheelZoomFactor(event), renderedPosition: { x: event.clientX - box.left, y: event.clientY - box.top } });
  };
  window.addEventListener('wheel', onWheel, { capture: true, passive: false });
  return () => {
    window.removeEventListener('wheel', onWheel, { capture: true });
  };
}
