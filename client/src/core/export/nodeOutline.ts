import type { NodeShape } from '../graph/kindStyle';

/** A node's outline as both image writers draw it: the shapes Cytoscape draws for `kindStyle`'s shape names. */
export type Outline =
  | { kind: 'ellipse'; rx: number; ry: number }
  | { kind: 'rectangle'; w: number; h: number; radius: number }
  | { kind: 'polygon'; corners: [number, number][] };

/** Corners of a regular polygon around (0, 0) in a w × h box, first corner at the given angle. */
function regular(corners: number, startDegrees: number, w: number, h: number): [number, number][] {
  return Array.from({ length: corners }, (_, corner) => {
    const angle = ((startDegrees + (360 / corners) * corner) * Math.PI) / 180;
    return [(w / 2) * Math.cos(angle), (h / 2) * Math.sin(angle)];
  });
}

const polygons: Record<Exclude<NodeShape, 'ellipse' | 'rectangle' | 'round-rectangle'>, (w: number, h: number) => [number, number][]> = {
  hexagon: (w, h) => regular(6, 0, w, h),
  octagon: (w, h) => regular(8, 22.5, w, h),
  pentagon: (w, h) => regular(5, -90, w, h),
  diamond: (w, h) => [[0, -h / 2], [w / 2, 0], [0, h / 2], [-w / 2, 0]],
  triangle: (w, h) => [[0, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]],
  tag: (w, h) => [[-w / 2, -h / 2], [w / 4, -h / 2], [w / 2, 0], [w / 4, h / 2], [-w / 2, h / 2]],
  vee: (w, h) => [[-w / 2, -h / 2], [0, -h / 6], [w / 2, -h / 2], [0, h / 2]],
  star: (w, h) =>
    Array.from({ length: 10 }, (_, corner): [number, number] => {
      const angle = ((-90 + 36 * corner) * Math.PI) / 180;
      const radius = corner % 2 === 0 ? 1 : 0.42;
      return [(w / 2) * radius * Math.cos(angle), (h / 2) * radius * Math.sin(angle)];
    }),
};

function isNodeShape(name: string): name is NodeShape {
  return name === 'ellipse' || name === 'rectangle' || name === 'round-rectangle' || Object.hasOwn(polygons, name);
}

/** The outline of a shape (as named in the stylesheet, or read back from Cytoscape) centred on (0, 0); a diamond for names it does not know. */
export function outlineOf(shape: string, w: number, h: number): Outline {
  const name = isNodeShape(shape) ? shape : 'diamond';
  if (name === 'ellipse') return { kind: 'ellipse', rx: w / 2, ry: h / 2 };
  if (name === 'rectangle' || name === 'round-rectangle') return { kind: 'rectangle', w, h, radius: name === 'rectangle' ? 0 : Math.min(w, h) / 4 };
  return { kind: 'polygon', corners: polygons[name](w, h) };
}

/** Traces an outline centred on (x, y) as the current path of a 2D canvas, for the PNG's legend. */
export function traceOutline(context: CanvasRenderingContext2D, outline: Outline, x: number, y: number): void {
  context.beginPath();
  if (outline.kind === 'ellipse') context.ellipse(x, y, outline.rx, outline.ry, 0, 0, 2 * Math.PI);
  else if (outline.kind === 'rectangle') context.roundRect(x - outline.w / 2, y - outline.h / 2, outline.w, outline.h, outline.radius);
  else {
    outline.corners.forEach(([dx, dy], index) => {
      if (index === 0) context.moveTo(x + dx, y + dy);
      else context.lineTo(x + dx, y + dy);
    });
    context.closePath();
  }
}
