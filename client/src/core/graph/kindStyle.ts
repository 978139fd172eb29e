import type { NodeKind, RelationshipType } from '../../graphql/generated/graphql';

/** Okabe–Ito colours (safe for colour-blind readers), and a distinct shape per kind as well. */
export const kindStyle: Record<NodeKind, { color: string; shape: string; size: number }> = {
  Municipality: { color: '#0072B2', shape: 'ellipse', size: 22 },
  County: { color: '#BBBBBB', shape: 'round-rectangle', size: 30 },
  CountyCouncil: { color: '#009E73', shape: 'hexagon', size: 24 },
  CountyAdministrativeBoard: { color: '#56B4E9', shape: 'octagon', size: 24 },
  Agency: { color: '#D55E00', shape: 'diamond', size: 34 },
  AgencyUnit: { color: '#E69F00', shape: 'triangle', size: 24 },
  Organisation: { color: '#CC79A7', shape: 'pentagon', size: 22 },
  Body: { color: '#F0E442', shape: 'round-rectangle', size: 30 },
  District: { color: '#7F7F7F', shape: 'ellipse', size: 14 },
  Agreement: { color: '#FFFFFF', shape: 'tag', size: 22 },
  GoalArea: { color: '#000000', shape: 'star', size: 26 },
};

export const relationshipStyle: Record<RelationshipType, { color: string; lineStyle: 'solid' | 'dashed' | 'dotted'; width: number }> = {
  LOCATED_IN: { color: '#CCCCCC', lineStyle: 'dotted', width: 1 },
  UNIT_OF: { color: '#E69F00', lineStyle: 'dashed', width: 1.5 },
  SERVES: { color: '#E69F00', lineStyle: 'dotted', width: 1 },
  COVERS: { color: '#999999', lineStyle: 'dotted', width: 1 },
  MEMBER_OF: { color: '#555555', lineStyle: 'solid', width: 1.5 },
  PARTY_TO: { color: '#0072B2', lineStyle: 'solid', width: 1.5 },
  COOPERATES_WITH: { color: '#D55E00', lineStyle: 'solid', width: 3 },
  ADDRESSES: { color: '#000000', lineStyle: 'dotted', width: 1 },
  SUCCEEDED_BY: { color: '#CC79A7', lineStyle: 'dashed', width: 2.5 },
  OWNED_BY: { color: '#CC79A7', lineStyle: 'solid', width: 1 },
};
