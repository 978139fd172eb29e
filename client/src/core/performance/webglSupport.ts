/** Renderer names of WebGL drawn on the CPU (Chromium's SwiftShader, Mesa's llvmpipe and softpipe). */
const softwareRenderer = /swiftshader|llvmpipe|softpipe|software/i;

/**
 * Whether this browser can give Cytoscape a fast WebGL 2 context. Drawn in software, WebGL is far slower than the
 * plain canvas (bench/RESULTS.md, "Client"), so a context the browser flags with a major performance caveat, or
 * whose renderer is a software one (Chromium hands out SwiftShader despite the flag), counts as none.
 */
export function supportsWebgl2(doc: Document = document): boolean {
  try {
    const context = doc.createElement('canvas').getContext('webgl2', { failIfMajorPerformanceCaveat: true });
    if (context === null) return false;
    const debugInfo = context.getExtension('WEBGL_debug_renderer_info');
    const renderer: unknown = context.getParameter(debugInfo === null ? context.RENDERER : debugInfo.UNMASKED_RENDERER_WEBGL);
    context.getExtension('WEBGL_lose_context')?.loseContext();
    return !(typeof renderer === 'string' && softwareRenderer.test(renderer));
  } catch {
    return false;
  }
}
