import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { stylesheet } from '../../core/graph/stylesheet';
import type { LayoutPlan } from '../../core/layout/layoutPlan';
import { placeNearNeighbours, runLayout } from '../../core/layout/runLayout';
import { adaptStylesheetForWebgl, viewportOptionsFor, type RendererOptions } from '../../core/performance';
import { CountyOutlineLayer } from './CountyOutlineLayer';
import { handleCanvasKey } from './keyboard';
import { listen } from './listeners';
import { centreOn as centreView } from './viewport';
import { installWheelZoom } from './wheelZoom';
import { ZoomControls } from './ZoomControls';
import type { GraphCanvasProps } from './types';

cytoscape.use(fcose);

declare global {
  interface Window {
    /** The graph instance, for browser tests and the console. */
    samverkanGraph?: Core;
  }
}

function drawnNodeCount(cy: Core): number {
  return cy.nodes().not('.hidden').not('.county-group').length;
}

/** Adds, updates and removes elements by id, so what stays keeps its position. Returns the ids of new nodes. */
function syncElements(cy: Core, elements: ElementDefinition[]): string[] {
  const wanted = new Map(elements.map((element) => [String(element.data.id), element]));
  const added: string[] = [];
  cy.batch(() => {
    cy.elements()
      .not('.county-group')
      .filter((element) => !wanted.has(element.id()))
      .remove();
    const fresh: ElementDefinition[] = [];
    for (const [id, element] of wanted) {
      const existing = cy.getElementById(id);
      if (existing.empty()) {
        fresh.push(element);
        if (element.group === 'nodes') added.push(id);
      } else existing.data(element.data);
    }
    // Nodes before edges, so every edge finds its ends.
    cy.add(fresh.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1)));
  });
  return added;
}

function applyVisibility(cy: Core, visibleIds: ReadonlySet<string> | undefined): void {
  cy.batch(() => {
    cy.elements()
      .not('.county-group')
      .forEach((element) => {
        element.toggleClass('hidden', visibleIds !== undefined && !visibleIds.has(element.id()));
      });
    cy.nodes('.county-group').forEach((group) => {
      group.toggleClass('hidden', group.children().not('.hidden').empty());
    });
  });
}

/** Scrolls the view to a node that is out of sight (picked from search, the table or the keyboard). */
function revealNode(cy: Core, node: NodeSingular): void {
  const { x, y } = node.renderedPosition();
  const margin = 40;
  if (x < margin || y < margin || x > cy.width() - margin || y > cy.height() - margin) {
    cy.animate({ center: { eles: node } }, { duration: 300 });
  }
}

const freshForce: LayoutPlan = { name: 'force' };

/**
 * The one component that owns the Cytoscape instance. Its renderer (canvas or WebGL) and viewport options are
 * fixed when it starts, from the size of the graph; GraphCanvas starts a new one when that choice changes.
 */
export default function CytoscapeCanvas(props: GraphCanvasProps & { renderer: RendererOptions; nodeCount: number }) {
  const { elements, selectedId, onSelect, onRendered, visibleIds, layout, highlightIds, highlightEdgeIds, centreOn, onEdgeSelect, onCommand, showOutline, extraStyle, onGraph, renderer, nodeCount } = props;
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const lastLayoutKey = useRef<string | null>(null);
  const layoutRun = useRef(0);
  const runningLayout = useRef<AbortController | null>(null);
  const syncedElements = useRef<ElementDefinition[] | null>(null);
  const baseStyle = useMemo(() => (renderer.webgl ? adaptStylesheetForWebgl(stylesheet) : stylesheet), [renderer.webgl]);
  // The renderer is chosen once per instance; GraphCanvas remounts this component when the choice changes.
  const startedWith = useRef({ renderer, baseStyle, nodeCount });

  useEffect(() => {
    const { renderer: chosen, baseStyle: style, nodeCount: size } = startedWith.current;
    const instance = cytoscape({
      container: container.current,
      style,
      renderer: chosen,
      ...viewportOptionsFor(size),
      minZoom: 0.02,
      maxZoom: 4,
    } as cytoscape.CytoscapeOptions);
    setCy(instance);
    window.samverkanGraph = instance;
    const removeWheelZoom = container.current === null ? undefined : installWheelZoom(instance, container.current);
    return () => {
      removeWheelZoom?.();
      runningLayout.current?.abort();
      instance.destroy();
      setCy(null);
      lastLayoutKey.current = null;
      syncedElements.current = null;
      delete window.samverkanGraph;
    };
  }, []);

  useEffect(() => {
    if (cy !== null && extraStyle !== undefined) cy.style([...baseStyle, ...extraStyle]);
  }, [cy, extraStyle, baseStyle]);

  /** Runs a layout, cancelling one still running; reports the drawn count once it is in place (and not replaced). */
  const layOut = useCallback((instance: Core, plan: LayoutPlan, how: { animate: boolean; fresh: boolean }) => {
    layoutRun.current += 1;
    const run = layoutRun.current;
    runningLayout.current?.abort();
    const controller = new AbortController();
    runningLayout.current = controller;
    const element = container.current;
    element?.setAttribute('data-layout-state', 'running');
    // A first layout starts from every node at one point: that clump is never shown, the graph appears in place.
    if (how.fresh) element?.style.setProperty('visibility', 'hidden');
    const shown = () => element?.style.removeProperty('visibility');
    runLayout(instance, plan, { ...how, signal: controller.signal }).then(
      () => {
        if (run !== layoutRun.current || instance.destroyed()) return;
        shown();
        element?.setAttribute('data-layout-state', 'done');
        onRendered?.(drawnNodeCount(instance));
      },
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        shown();
        element?.setAttribute('data-layout-state', 'failed');
        throw error;
      },
    );
  }, [onRendered]);

  useEffect(() => {
    onGraph?.(cy);
  }, [cy, onGraph]);

  // Panels that open and close change the canvas's size without a window resize, which is all Cytoscape watches.
  useEffect(() => {
    const element = container.current;
    if (cy === null || element === null) return undefined;
    const observer = new ResizeObserver(() => {
      cy.resize();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [cy]);

  useEffect(() => {
    if (cy === null) return undefined;
    return listen(cy, [
      ['tap', 'node', (event) => {
        const node = event.target as NodeSingular;
        if (!node.hasClass('county-group')) onSelect(node.id());
      }],
      ['tap', 'edge', (event) => onEdgeSelect?.((event.target as EdgeSingular).id())],
      ['tap', null, (event) => event.target === cy && onSelect(null)],
    ]);
  }, [cy, onSelect, onEdgeSelect]);

  // Without a layout plan, the graph is laid out afresh for every new set of elements.
  useEffect(() => {
    if (cy === null || layout !== undefined) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    applyVisibility(cy, visibleIds);
    layOut(cy, freshForce, { animate: false, fresh: true });
  }, [cy, elements, layout, visibleIds, layOut]);

  // With a plan: elements are synced by id, hidden rather than removed, and laid out again only when the plan's key changes.
  const plan = layout?.plan;
  const layoutKey = layout?.key;
  useEffect(() => {
    if (cy === null || plan === undefined || layoutKey === undefined) return;
    const wasEmpty = cy.nodes().not('.county-group').empty();
    const added = syncedElements.current === elements ? [] : syncElements(cy, elements);
    syncedElements.current = elements;
    applyVisibility(cy, visibleIds);
    if (!wasEmpty && lastLayoutKey.current === layoutKey) {
      if (added.length > 0) placeNearNeighbours(cy, added);
      onRendered?.(drawnNodeCount(cy));
      return;
    }
    lastLayoutKey.current = layoutKey;
    layOut(cy, plan, { animate: !wasEmpty, fresh: wasEmpty });
  }, [cy, elements, visibleIds, plan, layoutKey, onRendered, layOut]);

  useEffect(() => {
    if (cy === null) return;
    cy.elements(':selected').unselect();
    cy.elements('.neighbourhood').removeClass('neighbourhood');
    if (selectedId === null) return;
    const node = cy.getElementById(selectedId);
    if (node.empty()) return;
    node.select();
    node.connectedEdges().addClass('neighbourhood');
    node.neighborhood().nodes().addClass('neighbourhood');
    if (node.isNode() && !node.hasClass('hidden')) revealNode(cy, node);
  }, [cy, selectedId, elements, visibleIds]);

  const centreId = centreOn?.id ?? null;
  const centreRequest = centreOn?.request ?? 0;
  useEffect(() => {
    if (cy === null || centreId === null) return;
    const node = cy.getElementById(centreId);
    if (node.empty() || node.hasClass('hidden')) return;
    centreView(cy, node);
  }, [cy, centreId, centreRequest]);

  useEffect(() => {
    if (cy === null) return;
    cy.batch(() => {
      cy.elements().removeClass('highlighted faded');
      if (highlightIds === undefined || highlightIds.size === 0) return;
      cy.nodes()
        .not('.county-group')
        .forEach((node) => {
          node.addClass(highlightIds.has(node.id()) ? 'highlighted' : 'faded');
        });
      const emphasised = (edge: EdgeSingular) =>
        highlightEdgeIds === undefined ? highlightIds.has(edge.source().id()) && highlightIds.has(edge.target().id()) : highlightEdgeIds.has(edge.id());
      cy.edges().forEach((edge) => {
        edge.addClass(emphasised(edge) ? 'highlighted' : 'faded');
      });
    });
  }, [cy, highlightIds, highlightEdgeIds, elements]);

  return (
    <>
      {showOutline === true && cy !== null ? <CountyOutlineLayer cy={cy} /> : null}
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph-canvas"
        role="application"
        aria-label={props.label ?? 'Network graph'}
        aria-describedby="graph-keys"
        tabIndex={0}
        onKeyDown={(event) => {
          if (cy !== null) handleCanvasKey(event, cy, selectedId, onSelect, onCommand);
        }}
      />
      {cy === null ? null : <ZoomControls cy={cy} />}
      <p id="graph-keys" className="visually-hidden">
        {props.texts?.instructions ?? ''}
      </p>
    </>
  );
}
