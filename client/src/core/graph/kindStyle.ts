import type { NodeKind, RelationshipType } from '../../graphql/generated/graphql';

export type NodeShape =
  | 'ellipse'
  | 'rectangle'
  | 'round-rectangle'
  | 'hexagon'
  | 'octagon'
  | 'diamond'
  | 'triangle'
  | 'pentagon'
  | 'tag'
  | 'star'
  | 'vee';

/**
 * Okabe–Ito colours (safe for colour-blind readers) and, because colour alone is not enough, a shape of its own
 * for every kind. `width` makes bodies wide boxes, apart from the square counties.
 */
export const kindStyle: Record<NodeKind, { color: string; shape: NodeShape; size: number; width?: number }> = {
  Municipality: { color: '#0072B2', shape: 'ellipse', size: 22 },
  County: { color: '#BBBBBB', shape: 'rectangle', size: 28 },
  CountyCouncil: { color: '#009E73', shape: 'hexagon', size: 24 },
  CountyAdministrativeBoard: { color: '#56B4E9', shape: 'octagon', size: 24 },
  Agency: { color: '#D55E00', shape: 'diamond', size: 34 },
  AgencyUnit: { color: '#E69F00', shape: 'triangle', size: 24 },
  Organisation: { color: '#CC79A7', shape: 'pentagon', size: 22 },
  Body: { color: '#F0E442', shape: 'round-rectangle', size: 24, width: 40 },
  District: { color: '#7F7F7F', shape: 'vee', size: 16 },
  Agreement: { color: '#FFFFFF', shape: 'tag', size: 22 },
  GoalArea: { color: '#000000', shape: 'star', size: 26 },
};

export type LineStyle = 'solid' | 'dashed' | 'dotted';

/** Each relationship type differs from the others in colour or line style (and width). */
export const relationshipStyle: Record<RelationshipType, { color: string; lineStyle: LineStyle; width: number }> = {
  LOCATED_IN: { color: '#BBBBBB', lineStyle: 'dotted', width: 1 },
  UNIT_OF: { color: '#E69F00', lineStyle: 'solid', width: 2 },
  SERVES: { color: '#E69F00', lineStyle: 'dotted', width: 1.5 },
  COVERS: { color: '#999999', lineStyle: 'dashed', width: 1.5 },
  MEMBER_OF: { color: '#555555', lineStyle: 'solid', width: 1.5 },
  PARTY_TO: { color: '#0072B2', lineStyle: 'solid', width: 1.5 },
  COOPERATES_WITH: { color: '#D55E00', lineStyle: 'solid', width: 3 },
  ADDRESSES: { color: '#000000', lineStyle: 'dotted', width: 1 },
  SUCCEEDED_BY: { color: '#CC79A7', lineStyle: 'dashed', width: 2.5 },
  OWNED_BY: { color: '#CC79A7', lineStyle: 'solid', width: 1 },
};

/** A tie of the projected view: actors that share bodies; thicker for more shared bodies. */
export const tieStyle = { color: '#009E73', lineStyle: 'solid' as LineStyle, minWidth: 1.5, maxWidth: 7 };
