import type { Core } from 'cytoscape';
import type { NodeKind, RelationshipType } from '../../graphql/generated/graphql';
import { kindStyle, relationshipStyle, tieStyle, type LineStyle, type NodeShape } from '../graph/kindStyle';

export interface LegendEntry {
  label: string;
  color: string;
  /** A node kind is drawn as its shape, a relationship type as a line. */
  shape: NodeShape | null;
  lineStyle: LineStyle | null;
}

/** What goes around the graph in an exported image. */
export interface ImageOptions {
  title: string;
  date: string;
  legend: LegendEntry[] | null;
  background: boolean;
}

export const layout = { margin: 24, titleSize: 18, dateSize: 12, legendRow: 18, legendColumn: 190, fontFamily: 'system-ui, sans-serif' };

/**
 * Legend entries for the kinds and relationship types that are drawn (and the projected view's ties), named in the
 * reader's language, in the canvas's own shapes and colours (`kindStyle`).
 */
export function legendEntries(
  cy: Core,
  kindName: (kind: NodeKind) => string,
  relationshipName: (type: RelationshipType) => string,
  tieName: string,
): LegendEntry[] {
  const kinds = new Set(cy.nodes(':visible').map((node) => String(node.data('kind'))));
  const types = new Set(cy.edges(':visible').map((edge) => String(edge.data('type'))));
  return [
    ...(Object.keys(kindStyle) as NodeKind[])
      .filter((kind) => kinds.has(kind))
      .map((kind) => ({ label: kindName(kind), color: kindStyle[kind].color, shape: kindStyle[kind].shape, lineStyle: null })),
    ...(Object.keys(relationshipStyle) as RelationshipType[])
      .filter((type) => types.has(type))
      .map((type) => ({ label: relationshipName(type), color: relationshipStyle[type].color, shape: null, lineStyle: relationshipStyle[type].lineStyle })),
    ...(types.has('TIE') ? [{ label: tieName, color: tieStyle.color, shape: null, lineStyle: tieStyle.lineStyle }] : []),
  ];
}

/** Height of the title block and the legend block for an image of the given width. */
export function frame(options: ImageOptions, width: number): { header: number; legendHeight: number; columns: number } {
  const header = (options.title === '' ? 0 : layout.titleSize + 8) + (options.date === '' ? 0 : layout.dateSize + 8);
  const columns = Math.max(1, Math.floor((width - 2 * layout.margin) / layout.legendColumn));
  const rows = options.legend === null ? 0 : Math.ceil(options.legend.length / columns);
  return { header: header === 0 ? 0 : layout.margin + header, legendHeight: rows === 0 ? 0 : rows * layout.legendRow + layout.margin / 2, columns };
}
