import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { frame, layout, type ImageOptions, type LegendEntry } from './imageOptions';
import { outlineOf } from './nodeOutline';

const svgNamespace = 'http://www.w3.org/2000/svg';

type Attributes = Record<string, string | number>;

function element(name: string, attributes: Attributes, text?: string): SVGElement {
  const node = document.createElementNS(svgNamespace, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function shape(name: string, x: number, y: number, w: number, h: number, paint: Attributes): SVGElement {
  const outline = outlineOf(name, w, h);
  if (outline.kind === 'ellipse') return element('ellipse', { cx: x, cy: y, rx: outline.rx, ry: outline.ry, ...paint });
  if (outline.kind === 'rectangle') return element('rect', { x: x - w / 2, y: y - h / 2, width: w, height: h, rx: outline.radius, ...paint });
  return element('polygon', { points: outline.corners.map(([dx, dy]) => `${(x + dx).toFixed(2)},${(y + dy).toFixed(2)}`).join(' '), ...paint });
}

function dashes(lineStyle: string, width: number): string | null {
  if (lineStyle === 'dotted') return `${width} ${width * 2.5}`;
  if (lineStyle === 'dashed') return `${width * 4} ${width * 2.5}`;
  return null;
}

const px = (value: string) => Number.parseFloat(value) || 0;

function shorten(label: string): string {
  return label.length > 24 ? `${label.slice(0, 23)}…` : label;
}

function edgeElements(edge: EdgeSingular): SVGElement[] {
  const from = edge.source().position();
  const to = edge.target().position();
  const color = edge.style('line-color') as string;
  const width = px(edge.style('width') as string);
  const dash = dashes(edge.style('line-style') as string, width);
  const line = element('line', { x1: from.x, y1: from.y, x2: to.x, y2: to.y, stroke: color, 'stroke-width': width, 'stroke-opacity': px(edge.style('opacity') as string) });
  if (dash !== null) line.setAttribute('stroke-dasharray', dash);
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if ((edge.style('target-arrow-shape') as string) === 'none' || length === 0) return [line];
  // The arrow head touches the target's outline, as on screen.
  const [ux, uy] = [(to.x - from.x) / length, (to.y - from.y) / length];
  const reach = edge.target().width() / 2;
  const [tipX, tipY] = [to.x - ux * reach, to.y - uy * reach];
  const size = 4 + width * 1.5;
  const head = [
    [tipX, tipY],
    [tipX - ux * size - uy * size * 0.6, tipY - uy * size + ux * size * 0.6],
    [tipX - ux * size + uy * size * 0.6, tipY - uy * size - ux * size * 0.6],
  ];
  return [line, element('polygon', { points: head.map(([a = 0, b = 0]) => `${a.toFixed(2)},${b.toFixed(2)}`).join(' '), fill: color })];
}

function nodeElements(node: NodeSingular): SVGElement[] {
  const { x, y } = node.position();
  const [w, h] = [node.width(), node.height()];
  const paint: Attributes = {
    fill: node.style('background-color') as string,
    stroke: node.style('border-color') as string,
    'stroke-width': px(node.style('border-width') as string),
    opacity: px(node.style('opacity') as string),
  };
  if ((node.style('border-style') as string) === 'dashed') paint['stroke-dasharray'] = '3 2';
  const label = String(node.data('label') ?? '');
  const drawn = [shape(node.style('shape') as string, x, y, w, h, paint)];
  if (label !== '') {
    drawn.push(element('text', { x, y: y + h / 2 + 12, 'text-anchor': 'middle', 'font-size': 9, 'font-family': layout.fontFamily, fill: '#222' }, shorten(label)));
  }
  return drawn;
}

function legendElements(entries: LegendEntry[], top: number, columns: number): SVGElement[] {
  return entries.flatMap((entry, index) => {
    const x = layout.margin + (index % columns) * layout.legendColumn;
    const y = top + Math.floor(index / columns) * layout.legendRow;
    const mark =
      entry.shape === null
        ? element('line', { x1: x, y1: y + 6, x2: x + 16, y2: y + 6, stroke: entry.color, 'stroke-width': 3, ...(entry.lineStyle === 'solid' ? {} : { 'stroke-dasharray': dashes(entry.lineStyle ?? 'solid', 2) ?? '' }) })
        : shape(entry.shape, x + 8, y + 6, 12, 12, { fill: entry.color, stroke: '#333', 'stroke-width': 1 });
    return [mark, element('text', { x: x + 22, y: y + 10, 'font-size': 11, 'font-family': layout.fontFamily, fill: '#222' }, entry.label)];
  });
}

/** The drawn graph as an SVG document, built from the renderer's positions and styles, with title, date and legend. */
export function graphToSvg(cy: Core, options: ImageOptions): string {
  const box = cy.elements(':visible').boundingBox({ includeLabels: true });
  const width = Math.ceil(box.w + 2 * layout.margin);
  const { header, legendHeight, columns } = frame(options, Math.max(width, 600));
  const totalWidth = Math.max(width, options.legend === null ? 0 : 600);
  const height = Math.ceil(header + box.h + 2 * layout.margin + legendHeight);
  const svg = element('svg', { xmlns: svgNamespace, width: totalWidth, height, viewBox: `0 0 ${totalWidth} ${height}` });
  if (options.background) svg.append(element('rect', { x: 0, y: 0, width: totalWidth, height, fill: '#ffffff' }));
  let line = layout.margin;
  if (options.title !== '') {
    line += layout.titleSize;
    svg.append(element('text', { x: layout.margin, y: line, 'font-size': layout.titleSize, 'font-weight': 'bold', 'font-family': layout.fontFamily, fill: '#111' }, options.title));
    line += 8;
  }
  if (options.date !== '') {
    line += layout.dateSize;
    svg.append(element('text', { x: layout.margin, y: line, 'font-size': layout.dateSize, 'font-family': layout.fontFamily, fill: '#444' }, options.date));
  }
  const graph = element('g', { transform: `translate(${layout.margin - box.x1} ${header + layout.margin - box.y1})` });
  graph.append(...cy.edges(':visible').toArray().flatMap(edgeElements), ...cy.nodes(':visible').toArray().flatMap(nodeElements));
  svg.append(graph);
  if (options.legend !== null) svg.append(...legendElements(options.legend, header + box.h + 2 * layout.margin, columns));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}
