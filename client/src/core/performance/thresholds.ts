/**
 * Where the explorer changes how it draws, from the client benchmark (bench/RESULTS.md, "Client"):
 * below each line the simple way keeps every main-thread task short; above it, it does not.
 */
export const performanceThresholds = {
  /** Up to this many nodes fcose runs on the page at default quality. */
  mainThreadLayoutMax: 200,
  /** Above this many nodes fcose runs at draft quality (spectral placement, no force refinement). */
  draftLayoutAbove: 3_000,
  /** Above this many nodes Cytoscape draws with WebGL, when the browser offers WebGL 2. */
  webglAbove: 2_000,
  /** Above this many nodes labels are drawn only when zoomed in, and edges hidden while panning. */
  lightStyleAbove: 2_000,
} as const;

/** The most the explorer draws at once; past it the view asks for narrower filters instead. */
export const sceneCap = { nodes: 12_000, edges: 60_000 } as const;
