import type { StylesheetJson } from 'cytoscape';
import { performanceThresholds } from './thresholds';

/** Cytoscape's `renderer` option (3.31+): the canvas renderer, with its WebGL mode on or off. */
export interface RendererOptions {
  name: 'canvas';
  webgl: boolean;
}

/**
 * WebGL for large graphs, only where the browser offers WebGL 2: Cytoscape throws while starting
 * ("Could not create canvas of type webgl2") when it is asked for WebGL and cannot have it.
 */
export function rendererFor(nodeCount: number, webgl2Available: boolean): RendererOptions {
  return { name: 'canvas', webgl: webgl2Available && nodeCount > performanceThresholds.webglAbove };
}

/** Core options that keep interaction light for large graphs (labels only when legible, no edges while panning). */
export function viewportOptionsFor(nodeCount: number): { hideEdgesOnViewport: boolean; textureOnViewport: boolean; pixelRatio: number | 'auto' } {
  const large = nodeCount > performanceThresholds.lightStyleAbove;
  return { hideEdgesOnViewport: large, textureOnViewport: large, pixelRatio: large ? 1 : 'auto' };
}

type StyleBlock = StylesheetJson[number];

/** How a dashed or dotted line is told apart when the WebGL renderer draws every line solid. */
export const webglLineFallback = {
  dashed: { 'line-opacity': 0.55 },
  dotted: { 'line-opacity': 0.3 },
} as const;

function adaptBlock(block: StyleBlock): StyleBlock {
  if (!('style' in block) || typeof block.style !== 'object') return block;
  const style = block.style as Record<string, unknown>;
  const lineStyle = style['line-style'];
  if (lineStyle !== 'dashed' && lineStyle !== 'dotted') return block;
  return { ...block, style: { ...style, 'line-style': 'solid', ...webglLineFallback[lineStyle] } };
}

/**
 * Cytoscape's WebGL renderer (3.31–3.35) draws edges from their colour, width and opacity only: dashed and
 * dotted lines come out solid. This keeps the difference visible as transparency instead, so the legend
 * can say "faint line" where it says "dotted line" on the canvas renderer.
 */
export function adaptStylesheetForWebgl(stylesheet: StylesheetJson): StylesheetJson {
  return stylesheet.map(adaptBlock);
}
