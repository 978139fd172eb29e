import type { StylesheetJson } from 'cytoscape';
import { adaptStylesheetForWebgl, rendererFor, viewportOptionsFor, webglLineFallback } from './renderer';
import { performanceThresholds } from './thresholds';

describe('rendererFor', () => {
  it('keeps the canvas renderer for graphs up to the WebGL threshold', () => {
    expect(rendererFor(performanceThresholds.webglAbove, true)).toEqual({ name: 'canvas', webgl: false });
  });

  it('turns WebGL on above the threshold when WebGL 2 is there', () => {
    expect(rendererFor(performanceThresholds.webglAbove + 1, true)).toEqual({ name: 'canvas', webgl: true });
  });

  it('falls back to the canvas renderer when the browser has no WebGL 2', () => {
    expect(rendererFor(10_000, false)).toEqual({ name: 'canvas', webgl: false });
  });
});

describe('viewportOptionsFor', () => {
  it('hides edges while panning only for large graphs', () => {
    expect(viewportOptionsFor(500).hideEdgesOnViewport).toBe(false);
    expect(viewportOptionsFor(performanceThresholds.lightStyleAbove + 1)).toEqual({ hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 });
  });
});

describe('adaptStylesheetForWebgl', () => {
  const stylesheet: StylesheetJson = [
    { selector: 'edge[type = "LOCATED_IN"]', style: { 'line-color': '#ccc', 'line-style': 'dotted', width: 1 } },
    { selector: 'edge[type = "UNIT_OF"]', style: { 'line-style': 'dashed' } },
    { selector: 'edge[type = "MEMBER_OF"]', style: { 'line-style': 'solid', width: 1.5 } },
    { selector: 'node', style: { 'border-style': 'dashed' } },
  ];

  it('draws dotted and dashed lines solid but fainter, keeping their other properties', () => {
    const adapted = adaptStylesheetForWebgl(stylesheet);
    expect(adapted[0]).toEqual({
      selector: 'edge[type = "LOCATED_IN"]',
      style: { 'line-color': '#ccc', 'line-style': 'solid', width: 1, 'line-opacity': webglLineFallback.dotted['line-opacity'] },
    });
    expect(adapted[1]).toEqual({ selector: 'edge[type = "UNIT_OF"]', style: { 'line-style': 'solid', 'line-opacity': 0.55 } });
  });

  it('leaves solid lines and node borders alone, and never changes its input', () => {
    const adapted = adaptStylesheetForWebgl(stylesheet);
    expect(adapted[2]).toBe(stylesheet[2]);
    expect(adapted[3]).toBe(stylesheet[3]);
    expect(stylesheet[0]).toEqual({ selector: 'edge[type = "LOCATED_IN"]', style: { 'line-color': '#ccc', 'line-style': 'dotted', width: 1 } });
  });

  it('makes dotted lines fainter than dashed ones, as dotted is the weaker line on the canvas', () => {
    expect(webglLineFallback.dotted['line-opacity']).toBeLessThan(webglLineFallback.dashed['line-opacity']);
  });
});
