import { lazy, Suspense } from 'react';
import type { GraphCanvasProps } from './types';

export type { CanvasCommand, GraphCanvasProps } from './types';

/** Cytoscape and its layouts are the heaviest part of the client, so they load only when a graph is first drawn. */
const loadCanvas = () => import('./CytoscapeCanvas');
const CytoscapeCanvas = lazy(loadCanvas);

/** Starts fetching the renderer early, e.g. while the data it will draw is still on its way. */
export function preloadGraphCanvas(): void {
  void loadCanvas();
}

/** The graph: a light wrapper that draws a placeholder while the renderer loads. */
export function GraphCanvas(props: GraphCanvasProps) {
  return (
    <Suspense
      fallback={
        <div className="graph-canvas" role="status">
          <p className="status">{props.texts?.loading ?? '…'}</p>
        </div>
      }
    >
      <CytoscapeCanvas {...props} />
    </Suspense>
  );
}
