import type { Core, SingularElementArgument } from 'cytoscape';

/** One step of the zoom buttons and the + and − keys. */
export const zoomStep = 1.4;
const animation = { duration: 200 };

/** What "fit" and "centre" look at: everything drawn, without the county boxes of the counties layout. */
function drawn(cy: Core) {
  return cy.elements().not('.hidden');
}

/** Where a zoom step still under way is going, so quick presses add up rather than restart from the middle. */
const zoomTargets = new WeakMap<Core, number>();

/** Zooms by a factor about the middle of the view, within the instance's zoom limits. */
export function zoomBy(cy: Core, factor: number): void {
  const from = cy.animated() ? (zoomTargets.get(cy) ?? cy.zoom()) : cy.zoom();
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), from * factor));
  zoomTargets.set(cy, level);
  cy.stop(true);
  cy.animate({ zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, animation);
}

/** Fits everything that is drawn into the view. */
export function fitAll(cy: Core): void {
  cy.stop(true);
  cy.animate({ fit: { eles: drawn(cy), padding: 30 } }, animation);
}

/** The zoom at which these elements fill the view, as `cy.fit` would choose it. */
function zoomToFit(cy: Core, box: { w: number; h: number }, padding: number): number {
  const width = Math.max(1, cy.width() - 2 * padding);
  const height = Math.max(1, cy.height() - 2 * padding);
  return Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1));
}

/**
 * Brings a node (or a link, by its two ends) to the middle of the view, zoomed in far enough to read it: at
 * least to zoom 1 and as far as its drawn neighbourhood still fits, up to 2; never zooming out.
 */
export function centreOn(cy: Core, element: SingularElementArgument): void {
  const target = element.isEdge() ? element.connectedNodes() : element;
  const neighbourhood = target.closedNeighborhood().not('.hidden');
  const fitting = zoomToFit(cy, neighbourhood.boundingBox({ includeLabels: false }), 40);
  const level = Math.min(cy.maxZoom(), Math.max(cy.zoom(), Math.min(2, Math.max(1, fitting))));
  cy.stop(true);
  cy.animate({ center: { eles: target }, zoom: level }, { duration: 300 });
}
