import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { interpolateViridis, schemeTableau10 } from 'd3-scale-chromatic';
import type { NodeKind } from '../../graphql/generated/graphql';
import { kindStyle } from '../graph/kindStyle';
import { measureOf, measureRange, type MeasureKey, type MetricsData } from './measures';

/** What the nodes show: a measure as their size, and a measure or the community as their colour. */
export interface MeasureDisplay {
  size: MeasureKey | null;
  colour: MeasureKey | 'community' | null;
}

export const noMeasureDisplay: MeasureDisplay = { size: null, colour: null };

/** Tableau 10 without its grey, which is kept for the communities past the ninth and for nodes without a measure. */
export const communityPalette: readonly string[] = schemeTableau10.slice(0, 9);
export const otherCommunityColour = '#d9d9d9';
export const unmeasuredColour = '#f4f4f4';

/** The smallest and largest drawn size, in pixels, when nodes are sized by a measure. */
export const sizeRange = { min: 14, max: 64 } as const;

export function communityColour(community: number): string {
  return communityPalette[community] ?? otherCommunityColour;
}

/** Viridis (perceptually even, readable in grey and by colour-blind readers) from 0 (low) to 1 (high). */
export function sequentialColour(fraction: number): string {
  return interpolateViridis(Math.min(1, Math.max(0, fraction)));
}

function fractionIn(value: number, range: { min: number; max: number }): number {
  return range.max === range.min ? 1 : (value - range.min) / (range.max - range.min);
}

/** A node's drawn height for a measure; by the square root, so the area (what the eye compares) follows the value. */
export function sizeFor(value: number, range: { min: number; max: number }): number {
  return sizeRange.min + (sizeRange.max - sizeRange.min) * Math.sqrt(fractionIn(value, range));
}

export interface NodeLook {
  width: number;
  height: number;
  colour: string;
}

/**
 * How each node of the graph is drawn under a display choice: its size and colour from its measures, or, for a node
 * the measures leave out (a place or goal area in the two-mode graph, a node not valid on the measured date), its
 * kind's size and a pale colour, so it reads as "not measured".
 */
export function nodeLooks(metrics: MetricsData, display: MeasureDisplay, nodes: readonly { id: string; kind: NodeKind }[]): Map<string, NodeLook> {
  const measured = new Map(metrics.nodes.map((node) => [node.id, node]));
  const sizeRangeOf = display.size === null ? null : measureRange(metrics.nodes, display.size);
  const colourMeasure = display.colour === null || display.colour === 'community' ? null : display.colour;
  const colourRange = colourMeasure === null ? null : measureRange(metrics.nodes, colourMeasure);
  const looks = new Map<string, NodeLook>();
  for (const { id, kind } of nodes) {
    const style = kindStyle[kind];
    const aspect = (style.width ?? style.size) / style.size;
    const node = measured.get(id);
    let height: number = style.size;
    if (node !== undefined && display.size !== null && sizeRangeOf !== null) height = sizeFor(measureOf(node, display.size), sizeRangeOf);
    let colour = style.color;
    if (display.colour !== null) {
      if (node === undefined) colour = unmeasuredColour;
      else if (display.colour === 'community') colour = communityColour(node.community);
      else if (colourMeasure !== null && colourRange !== null) colour = sequentialColour(fractionIn(measureOf(node, colourMeasure), colourRange));
    }
    looks.set(id, { width: height * aspect, height, colour });
  }
  return looks;
}

/** The graph's elements with each node's look in its data, for the rules of `measureStylesheet`. */
export function withLooks(elements: readonly ElementDefinition[], looks: ReadonlyMap<string, NodeLook>): ElementDefinition[] {
  return elements.map((element) => {
    const look = element.group === 'nodes' ? looks.get(String(element.data.id)) : undefined;
    if (look === undefined) return element;
    return { ...element, data: { ...element.data, measureWidth: look.width, measureHeight: look.height, measureColour: look.colour } };
  });
}

/** Rules drawn over the shared stylesheet while a measure sizes or colours the nodes. */
export function measureStylesheet(display: MeasureDisplay): StylesheetJson {
  const rules: StylesheetJson = [];
  if (display.size !== null) rules.push({ selector: 'node[measureHeight]', style: { width: 'data(measureWidth)', height: 'data(measureHeight)' } });
  if (display.colour !== null) rules.push({ selector: 'node[measureColour]', style: { 'background-color': 'data(measureColour)' } });
  return rules;
}
