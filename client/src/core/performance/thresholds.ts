/**
 * Where the explorer changes how it draws, from the client benchmark (bench/RESULTS.md, "Client"):
 * below each line the simple way keeps every main-thread task short; above it, it does not.
 */
export const performanceThresholds = {
  /** Up to this many nodes fcose gets its full iterations (the county boxes' layout runs on the page). */
  mainThreadLayoutMax: 200,
  /**
   * Above this many nodes fcose runs at draft quality (spectral placement, no force refinement): at 2,000 nodes
   * and 10,400 links the default quality took 69 s even in the worker (bench/RESULTS.md, "Client").
   */
  draftLayoutAbove: 1_000,
  /** Above this many nodes Cytoscape draws with WebGL, when the browser offers WebGL 2. */
  webglAbove: 2_000,
  /** Above this many nodes labels are drawn only when zoomed in, and edges hidden while panning. */
  lightStyleAbove: 1_000,
} as const;

/** The most the explorer draws at once; past it the view asks for narrower filters instead. */
export const sceneCap = { nodes: 12_000, edges: 60_000 } as const;
