import type { Core, EventObject } from 'cytoscape';

type Handler = (event: EventObject) => void;

/** Registers Cytoscape listeners and returns one function that removes them all (for effect clean-up). */
export function listen(cy: Core, bindings: [events: string, selector: string | null, handler: Handler][]): () => void {
  for (const [events, selector, handler] of bindings) {
    if (selector === null) cy.on(events, handler);
    else cy.on(events, selector, handler);
  }
  return () => {
    for (const [events, selector, handler] of bindings) {
      if (selector === null) cy.off(events, handler);
      else cy.off(events, selector, handler);
    }
  };
}
