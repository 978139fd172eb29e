/** How the explorer stays responsive at national scale: thresholds and pure choices; see bench/RESULTS.md. */
export { performanceThresholds, sceneCap } from './thresholds';
export { layoutOptionsFor, type LayoutChoice, type PlainFcoseOptions } from './layoutOptions';
export { adaptStylesheetForWebgl, rendererFor, viewportOptionsFor, webglLineFallback, type RendererOptions } from './renderer';
export { checkScene, sceneCapMessage, type SceneCheck } from './sceneCap';
export { supportsWebgl2 } from './webglSupport';
export { applyPositions, applyPositionsOf, layoutGraphOf, layoutInWorker } from './layoutInWorker';
export type { LayoutGraph, Positions } from './layoutWorkerProtocol';
