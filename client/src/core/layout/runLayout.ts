import cytoscape, { type Collection, type Core, type LayoutOptions, type NodeSingular } from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import { applyPositionsOf, layoutGraphOf, layoutInWorker, layoutOptionsFor } from '../performance';
import type { CountyGroup, LayoutPlan } from './layoutPlan';

const duration = 600;
let dagreLoaded: Promise<void> | null = null;

/** The hierarchical layout's library is fetched only when that layout is first chosen. */
function loadDagre(): Promise<void> {
  dagreLoaded ??= import('cytoscape-dagre').then((module) => {
    cytoscape.use(module.default);
  });
  return dagreLoaded;
}

function run(eles: Collection, options: LayoutOptions): Promise<void> {
  const layout = eles.layout(options);
  const done = layout.promiseOn('layoutstop').then(() => undefined);
  layout.run();
  return done;
}

function fcose(animate: boolean, randomize: boolean, nodeCount: number): FcoseLayoutOptions {
  const { quality, numIter } = layoutOptionsFor(nodeCount).options;
  return {
    name: 'fcose',
    animate,
    animationDuration: duration,
    randomize,
    quality,
    numIter,
    fit: true,
    padding: 30,
    nodeRepulsion: () => 6000,
    idealEdgeLength: () => 60,
    nestingFactor: 0.3,
  };
}

/** Puts nodes of one county into that county's compound box, or takes every box away for other layouts. */
export function applyGroups(cy: Core, plan: LayoutPlan): void {
  cy.batch(() => {
    const wanted = plan.name === 'counties' ? plan.groups : new Map<string, CountyGroup>();
    const labels = new Map([...wanted.values()].map((group) => [group.id, group.label]));
    for (const [id, label] of labels) {
      if (cy.getElementById(id).empty()) cy.add({ group: 'nodes', data: { id, label }, classes: 'county-group' });
    }
    cy.nodes().not('.county-group').forEach((node) => {
      const parent = wanted.get(node.id())?.id ?? null;
      const current = node.parent().first();
      const currentId = current.empty() ? null : current.id();
      if (parent !== currentId) node.move({ parent });
    });
    cy.nodes('.county-group').forEach((group) => {
      if (group.children().empty()) group.remove();
      else group.toggleClass('hidden', group.children().not('.hidden').empty());
    });
  });
}

/** Hop distance from the centre over what is drawn; unreachable nodes get no entry. */
function distancesFrom(cy: Core, centre: string, visible: Collection): Map<string, number> {
  const distances = new Map<string, number>();
  const start = cy.getElementById(centre);
  if (start.empty() || start.hasClass('hidden')) return distances;
  visible.bfs({
    roots: start,
    directed: false,
    visit: (node: NodeSingular, _edge: unknown, _previous: unknown, _index: number, depth: number) => {
      distances.set(node.id(), depth);
    },
  });
  return distances;
}

/**
 * The force layout of what is drawn, always in a fresh Web Worker: the page keeps answering meanwhile, the positions
 * arrive in one move (animated when asked), and the same network is laid out the same way every time (forceLayout).
 */
async function force(cy: Core, visible: Collection, options: LayoutRunOptions): Promise<void> {
  const { positions } = await layoutInWorker(layoutGraphOf(cy), layoutOptionsFor(visible.nodes().length).options, options.signal);
  await run(visible, applyPositionsOf(positions, { animate: options.animate, duration, padding: 30 }));
}

export interface LayoutRunOptions {
  animate: boolean;
  /** Start from random positions rather than the current ones (the county boxes' layout; the force layout always does). */
  fresh: boolean;
  /** Cancels a layout still running in a worker (a newer one replaces it). */
  signal?: AbortSignal;
}

/** Lays out what is drawn (hidden elements keep their positions, so they come back where they were). */
export async function runLayout(cy: Core, plan: LayoutPlan, options: LayoutRunOptions): Promise<void> {
  applyGroups(cy, plan);
  const visible = cy.elements().not('.hidden');
  // Nothing drawn (everything filtered away): nothing to arrange, and some layouts never finish on nothing.
  if (visible.nodes().empty()) return;
  const { animate } = options;
  switch (plan.name) {
    case 'force':
      await force(cy, visible, options);
      return;
    case 'counties':
      // Compound boxes need fcose's nesting, which the worker's flat graph does not carry: on the page, at draft quality when large.
      await run(visible, fcose(animate, options.fresh, visible.nodes().length));
      return;
    case 'geographic':
      await run(visible, {
        name: 'preset',
        positions: (node: NodeSingular) => plan.positions.get(node.id()) ?? node.position(),
        animate,
        animationDuration: duration,
        fit: true,
        padding: 30,
      } as LayoutOptions);
      return;
    case 'concentric': {
      const centre = plan.centre ?? visible.nodes().max((node) => node.degree(false)).ele.id();
      const distances = distancesFrom(cy, centre, visible);
      const outermost = Math.max(0, ...distances.values()) + 1;
      await run(visible, {
        name: 'concentric',
        concentric: (node: NodeSingular) => outermost - (distances.get(node.id()) ?? outermost),
        levelWidth: () => 1,
        minNodeSpacing: 14,
        animate,
        animationDuration: duration,
        fit: true,
        padding: 30,
      });
      return;
    }
    case 'hierarchy': {
      await loadDagre();
      const ranked = visible.nodes('[kind = "Agency"], [kind = "AgencyUnit"]');
      const tree = ranked.union(ranked.edgesWith(ranked).filter('[type = "UNIT_OF"]'));
      // Units point to their agency; drawn left to right and mirrored, each agency stands left of its units.
      await run(tree, {
        name: 'dagre',
        rankDir: 'LR',
        nodeSep: 8,
        rankSep: 160,
        transform: (_node: NodeSingular, position: { x: number; y: number }) => ({ x: -position.x, y: position.y }),
        animate,
        animationDuration: duration,
        fit: false,
      } as LayoutOptions);
      // Everything else in a block of columns to the right of the tree, as tall as the tree.
      const box = ranked.nonempty() ? ranked.boundingBox({}) : { x2: 0, y1: 0, h: 800 };
      const rest = visible.nodes().not(ranked).not('.county-group');
      const rows = Math.max(10, Math.floor(Math.max(box.h, 800) / 45));
      await run(rest, {
        name: 'grid',
        boundingBox: { x1: box.x2 + 200, y1: box.y1, w: Math.ceil(rest.length / rows) * 90, h: rows * 45 },
        rows,
        avoidOverlap: true,
        animate,
        animationDuration: duration,
        fit: false,
      });
      cy.animate({ fit: { eles: visible, padding: 30 } }, { duration: animate ? duration : 0 });
      return;
    }
  }
}

/** Nodes new to the drawing (after a date change) start beside their drawn neighbours rather than at the origin. */
export function placeNearNeighbours(cy: Core, ids: readonly string[]): void {
  const fresh = new Set(ids);
  const centre = cy.nodes().not('.hidden').boundingBox({});
  ids.forEach((id, position) => {
    const node = cy.getElementById(id);
    if (node.empty()) return;
    const anchors = node
      .neighborhood()
      .nodes()
      .map((other) => (fresh.has(other.id()) ? null : other.position()))
      .filter((point) => point !== null);
    const angle = position * 2.399963;
    const base =
      anchors.length > 0
        ? { x: anchors.reduce((sum, point) => sum + point.x, 0) / anchors.length, y: anchors.reduce((sum, point) => sum + point.y, 0) / anchors.length }
        : { x: (centre.x1 + centre.x2) / 2 || 0, y: (centre.y1 + centre.y2) / 2 || 0 };
    node.position({ x: base.x + 25 * Math.cos(angle), y: base.y + 25 * Math.sin(angle) });
  });
}
