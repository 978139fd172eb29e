/**
 * The explorer's drawing choices for large graphs (client/src/core/performance) and nothing else, on their own page so
 * the browser benchmark can time it apart from the app: `?data=<url>&webgl=auto|off&layout=auto|main`.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { toElements, type NetworkData } from '../../../client/src/core/graph/elements';
import { stylesheet } from '../../../client/src/core/graph/stylesheet';
import {
  adaptStylesheetForWebgl,
  applyPositions,
  checkScene,
  layoutGraphOf,
  layoutInWorker,
  layoutOptionsFor,
  rendererFor,
  sceneCapMessage,
  supportsWebgl2,
  viewportOptionsFor,
} from '../../../client/src/core/performance';
import { installProbe, probe } from './probe';

cytoscape.use(fcose);
installProbe();

const parameters = new URLSearchParams(location.search);
const status = document.getElementById('status');
const container = document.getElementById('graph');

/** Adds elements a slice at a time, yielding between slices, so no single task grows with the graph. */
async function addInSlices(cy: Core, elements: ElementDefinition[], slice = 1_500): Promise<void> {
  for (let start = 0; start < elements.length; start += slice) {
    cy.add(elements.slice(start, start + slice));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

async function main(): Promise<void> {
  const response = await fetch(parameters.get('data') ?? '');
  const network = (await response.json()) as NetworkData;
  probe.mark('dataArrived');
  const elements = toElements(network);
  const nodeCount = network.nodes.length;
  const scene = checkScene(nodeCount, elements.length - nodeCount);
  if (scene.status === 'overCap') {
    if (status !== null) status.textContent = sceneCapMessage(scene, 'en');
    probe.finish({ capped: true });
    return;
  }
  const webgl2 = parameters.get('webgl') !== 'off' && supportsWebgl2();
  const renderer = rendererFor(nodeCount, webgl2);
  const choice = layoutOptionsFor(nodeCount);
  const place = parameters.get('layout') === 'main' ? 'main' : 'worker';
  const cy = cytoscape({
    container,
    style: renderer.webgl ? adaptStylesheetForWebgl(stylesheet) : stylesheet,
    renderer,
    ...viewportOptionsFor(nodeCount),
    minZoom: 0.02,
    maxZoom: 4,
  } as cytoscape.CytoscapeOptions);
  probe.watch(cy);
  if (status !== null) status.textContent = `Laying out ${nodeCount} nodes…`;
  // Nodes and edges go in hidden, so nothing is drawn before it has its place.
  cy.container()?.style.setProperty('visibility', 'hidden');
  await addInSlices(cy, elements);
  probe.mark('added');
  probe.mark('layoutStart');
  if (place === 'worker') {
    const { positions } = await layoutInWorker(layoutGraphOf(cy), choice.options);
    probe.mark('layoutStop');
    applyPositions(cy, positions);
  } else {
    await new Promise<void>((resolve) => {
      const layout = cy.layout(choice.options);
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
    probe.mark('layoutStop');
  }
  cy.container()?.style.setProperty('visibility', 'visible');
  if (status !== null) status.textContent = '';
  probe.afterNextRender(cy, { nodes: nodeCount, edges: elements.length - nodeCount, webgl: renderer.webgl, webgl2Available: supportsWebgl2(), place, quality: choice.options.quality ?? 'default' });
}

main().catch((error: unknown) => probe.fail(error));
