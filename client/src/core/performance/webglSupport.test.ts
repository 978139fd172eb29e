import { supportsWebgl2 } from './webglSupport';

const UNMASKED_RENDERER_WEBGL = 0x9246;
const RENDERER = 0x1f01;

/** A document whose canvases hand out a WebGL 2 context drawn by `renderer` (or none), with what was asked. */
function documentWith(renderer: string | null, debugInfo = true) {
  const asked: unknown[] = [];
  const context = {
    RENDERER,
    getExtension: (name: string) => (name === 'WEBGL_debug_renderer_info' && debugInfo ? { UNMASKED_RENDERER_WEBGL } : null),
    getParameter: (parameter: number) => (parameter === (debugInfo ? UNMASKED_RENDERER_WEBGL : RENDERER) ? renderer : null),
  };
  const doc = {
    createElement: () => ({
      getContext: (kind: string, attributes: unknown) => {
        asked.push({ kind, attributes });
        return renderer === null ? null : context;
      },
    }),
  };
  return { doc: doc as unknown as Document, asked };
}

describe('supportsWebgl2', () => {
  it('takes a hardware WebGL 2 context, asking the browser to refuse a slow one', () => {
    const { doc, asked } = documentWith('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)');
    expect(supportsWebgl2(doc)).toBe(true);
    expect(asked).toEqual([{ kind: 'webgl2', attributes: { failIfMajorPerformanceCaveat: true } }]);
  });

  it('refuses WebGL drawn in software, as headless Chromium and Mesa without a GPU give it', () => {
    expect(supportsWebgl2(documentWith('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)').doc)).toBe(false);
    expect(supportsWebgl2(documentWith('llvmpipe (LLVM 15.0.6, 256 bits)', false).doc)).toBe(false);
  });

  it('refuses when there is no WebGL 2 at all', () => {
    expect(supportsWebgl2(documentWith(null).doc)).toBe(false);
  });
});
