import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose, { type FcoseLayoutOptions } from 'cytoscape-fcose';
import { useEffect, useRef } from 'react';
import { stylesheet } from '../../core/graph/stylesheet';
import { listen } from './listeners';

cytoscape.use(fcose);

declare global {
  interface Window {
    /** The graph instance, for browser tests and the console. */
    samverkanGraph?: Core;
  }
}

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onRendered?: (nodeCount: number) => void;
}

/** The one component that owns the Cytoscape instance. */
export function GraphCanvas({ elements, selectedId, onSelect, onRendered }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef<Core | null>(null);

  useEffect(() => {
    const cy = cytoscape({ container: container.current, style: stylesheet, wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4 });
    graph.current = cy;
    window.samverkanGraph = cy;
    return () => {
      cy.destroy();
      graph.current = null;
      delete window.samverkanGraph;
    };
  }, []);

  useEffect(() => {
    const cy = graph.current;
    if (cy === null) return undefined;
    return listen(cy, [
      ['tap', 'node', (event) => onSelect((event.target as NodeSingular).id())],
      ['tap', null, (event) => event.target === cy && onSelect(null)],
    ]);
  }, [onSelect]);

  useEffect(() => {
    const cy = graph.current;
    if (cy === null) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    const layoutOptions: FcoseLayoutOptions = { name: 'fcose', animate: false, randomize: true, quality: 'default', nodeRepulsion: () => 6000 };
    const layout = cy.layout(layoutOptions);
    layout.one('layoutstop', () => {
      cy.fit(undefined, 30);
      onRendered?.(cy.nodes().length);
    });
    layout.run();
  }, [elements, onRendered]);

  useEffect(() => {
    const cy = graph.current;
    if (cy === null) return;
    cy.nodes(':selected').unselect();
    if (selectedId !== null) cy.getElementById(selectedId).select();
  }, [selectedId, elements]);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" role="img" aria-label="Network graph" />;
}
