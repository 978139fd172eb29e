import type { LineStyle, NodeShape } from '../../core/graph/kindStyle';

/** Regular polygon points in a 20×20 box, first corner at the given angle. */
function polygon(corners: number, startDegrees: number, radius = 8.5): string {
  return Array.from({ length: corners }, (_, corner) => {
    const angle = ((startDegrees + (360 / corners) * corner) * Math.PI) / 180;
    return `${(10 + radius * Math.cos(angle)).toFixed(2)},${(10 + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

function star(): string {
  return Array.from({ length: 10 }, (_, corner) => {
    const angle = ((-90 + 36 * corner) * Math.PI) / 180;
    const radius = corner % 2 === 0 ? 9 : 3.8;
    return `${(10 + radius * Math.cos(angle)).toFixed(2)},${(10 + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

const points: Partial<Record<NodeShape, string>> = {
  hexagon: polygon(6, 0),
  octagon: polygon(8, 22.5),
  diamond: '10,1 19,10 10,19 1,10',
  triangle: '10,2 18.5,17 1.5,17',
  pentagon: polygon(5, -90),
  tag: '2,4 14,4 18.5,10 14,16 2,16',
  star: star(),
  vee: '2,3 10,8 18,3 10,17',
};

/** The same shape and colour as on the graph, drawn small for the legend and lists. */
export function ShapeGlyph({ shape, color, wide = false, dashed = false }: { shape: NodeShape; color: string; wide?: boolean; dashed?: boolean }) {
  const stroke = { fill: color, stroke: '#333', strokeWidth: 1.2, strokeDasharray: dashed ? '2.5 1.5' : undefined };
  let figure;
  if (shape === 'ellipse') figure = <circle cx={10} cy={10} r={8} {...stroke} />;
  else if (shape === 'rectangle') figure = <rect x={2} y={2} width={16} height={16} {...stroke} />;
  else if (shape === 'round-rectangle') figure = <rect x={wide ? 0.8 : 2} y={wide ? 5 : 2} width={wide ? 18.4 : 16} height={wide ? 10 : 16} rx={3} {...stroke} />;
  else figure = <polygon points={points[shape] ?? polygon(4, 45)} {...stroke} />;
  return (
    <svg className="glyph" width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
      {figure}
    </svg>
  );
}

/** A short line in a relationship type's colour, style and width, with an arrow head when links are directed. */
export function LineGlyph({ color, lineStyle, width, arrow = true }: { color: string; lineStyle: LineStyle; width: number; arrow?: boolean }) {
  const dash = lineStyle === 'dashed' ? '5 3' : lineStyle === 'dotted' ? '1.5 2.5' : undefined;
  return (
    <svg className="glyph line" width="34" height="12" viewBox="0 0 34 12" aria-hidden="true">
      <line x1={1} y1={6} x2={arrow ? 27 : 33} y2={6} stroke={color} strokeWidth={Math.max(1, width)} strokeDasharray={dash} strokeLinecap={lineStyle === 'dotted' ? 'round' : 'butt'} />
      {arrow ? <polygon points="26,2 33,6 26,10" fill={color} /> : null}
    </svg>
  );
}
