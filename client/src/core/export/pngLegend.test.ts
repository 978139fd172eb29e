import { kindStyle } from '../graph/kindStyle';
import type { LegendEntry } from './imageOptions';
import { outlineOf } from './nodeOutline';
import { drawLegend } from './pngImage';

/** A 2D context that records the path calls and the fill colour at each fill. */
function recordingContext() {
  const calls: string[] = [];
  const context = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    font: '',
    setLineDash: () => undefined,
    fillText: () => undefined,
    stroke: () => undefined,
    fill: () => calls.push(`fill ${context.fillStyle}`),
    ...Object.fromEntries(['beginPath', 'moveTo', 'lineTo', 'closePath', 'ellipse', 'roundRect', 'arc'].map((name) => [name, () => calls.push(name)])),
  };
  return { calls, context: context as unknown as CanvasRenderingContext2D };
}

const entry = (kind: keyof typeof kindStyle): LegendEntry => ({ label: kind, color: kindStyle[kind].color, shape: kindStyle[kind].shape, lineStyle: null });

describe("the PNG legend draws each kind in the canvas's own shape and colour", () => {
  it('a diamond for an agency, a triangle for a unit, a hexagon for a county council, an ellipse for a municipality, a box for a body', () => {
    const { calls, context } = recordingContext();
    const legend = [entry('Agency'), entry('AgencyUnit'), entry('CountyCouncil'), entry('Municipality'), entry('Body')];
    drawLegend(context, { title: '', date: '', legend, background: false }, 0, 1, 1);
    const paths = calls.join(' ').split('beginPath ').slice(1);
    expect(paths).toEqual([
      `moveTo ${'lineTo '.repeat(3)}closePath fill ${kindStyle.Agency.color} `,
      `moveTo ${'lineTo '.repeat(2)}closePath fill ${kindStyle.AgencyUnit.color} `,
      `moveTo ${'lineTo '.repeat(5)}closePath fill ${kindStyle.CountyCouncil.color} `,
      `ellipse fill ${kindStyle.Municipality.color} `,
      `roundRect fill ${kindStyle.Body.color}`,
    ]);
    expect(calls).not.toContain('arc');
  });

  it('gives every kind of the stylesheet an outline of its own shape', () => {
    for (const style of Object.values(kindStyle)) {
      const outline = outlineOf(style.shape, 10, 10);
      expect(outline.kind).toBe(style.shape === 'ellipse' ? 'ellipse' : style.shape.endsWith('rectangle') ? 'rectangle' : 'polygon');
    }
    expect(outlineOf('hexagon', 10, 10)).toMatchObject({ kind: 'polygon', corners: expect.arrayContaining([[5, 0]]) as unknown });
  });
});
