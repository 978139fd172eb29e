/** Whether this browser can give Cytoscape a WebGL 2 context (no GPU, a blocklisted driver or a headless browser may not). */
export function supportsWebgl2(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    const context = canvas.getContext('webgl2');
    const available = context !== null;
    context?.getExtension('WEBGL_lose_context')?.loseContext();
    return available;
  } catch {
    return false;
  }
}
