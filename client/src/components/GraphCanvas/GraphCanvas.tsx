import { lazy, Suspense, useMemo } from 'react';
import { useLanguage } from '../../core/i18n/useLanguage';
import { checkScene, rendererFor, sceneCapMessage, supportsWebgl2 } from '../../core/performance';
import type { GraphCanvasProps } from './types';

export type { CanvasCommand, GraphCanvasProps } from './types';

/** Cytoscape and its layouts are the heaviest part of the client, so they load only when a graph is first drawn. */
const loadCanvas = () => import('./CytoscapeCanvas');
const CytoscapeCanvas = lazy(loadCanvas);

/** Starts fetching the renderer early, e.g. while the data it will draw is still on its way. */
export function preloadGraphCanvas(): void {
  void loadCanvas();
}

let webgl2: boolean | undefined;
/** Asked once per page: creating a test context costs a few milliseconds. */
function webgl2Available(): boolean {
  webgl2 ??= supportsWebgl2();
  return webgl2;
}

/** How many nodes and links would be drawn: what `visibleIds` lets through, or everything. */
function sceneSize(elements: GraphCanvasProps['elements'], visibleIds: GraphCanvasProps['visibleIds']): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  for (const element of elements) {
    if (visibleIds !== undefined && !visibleIds.has(String(element.data.id))) continue;
    if (element.group === 'edges' || element.data.source !== undefined) edges += 1;
    else nodes += 1;
  }
  return { nodes, edges };
}

/**
 * The graph: a light wrapper that draws a placeholder while the renderer loads, refuses scenes past the cap with
 * a "refine your filters" message, and picks the renderer by size (WebGL for large graphs where the browser has it).
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const { language } = useLanguage();
  const { elements, visibleIds } = props;
  const size = useMemo(() => sceneSize(elements, visibleIds), [elements, visibleIds]);
  const scene = checkScene(size.nodes, size.edges);
  if (scene.status === 'overCap') {
    return (
      <div className="graph-canvas" role="status" data-testid="scene-cap">
        <p className="status">{sceneCapMessage(scene, language)}</p>
      </div>
    );
  }
  const renderer = rendererFor(size.nodes, webgl2Available());
  return (
    <Suspense
      fallback={
        <div className="graph-canvas" role="status">
          <p className="status">{props.texts?.loading ?? '…'}</p>
        </div>
      }
    >
      <CytoscapeCanvas key={renderer.webgl ? 'webgl' : 'canvas'} {...props} renderer={renderer} nodeCount={size.nodes} />
    </Suspense>
  );
}
