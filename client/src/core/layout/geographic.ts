import type { NodeKind } from '../../graphql/generated/graphql';
import { kindStyle } from '../graph/kindStyle';
import { propertyOf, type NetworkIndex } from '../graph/networkIndex';
import { separate } from './separate';

export interface Point {
  x: number;
  y: number;
}

/** Pixels per degree of latitude; longitude is scaled by the cosine of Sweden's middle latitude. */
const scale = 180;
const middleLatitude = 62;
const middleLongitude = 16;
const longitudeScale = scale * Math.cos((middleLatitude * Math.PI) / 180);

/** An equirectangular projection centred on Sweden: good enough to recognise the map, and cheap. */
export function project(latitude: number, longitude: number): Point {
  return { x: (longitude - middleLongitude) * longitudeScale, y: (middleLatitude - latitude) * scale };
}

function coordinateOf(index: NetworkIndex, id: string): Point | null {
  const node = index.nodes.get(id);
  if (node === undefined) return null;
  const latitude = Number(propertyOf(node, 'latitude') ?? Number.NaN);
  const longitude = Number(propertyOf(node, 'longitude') ?? Number.NaN);
  return Number.isFinite(latitude) && Number.isFinite(longitude) ? project(latitude, longitude) : null;
}

function centroid(points: readonly Point[]): Point | null {
  if (points.length === 0) return null;
  return { x: points.reduce((sum, p) => sum + p.x, 0) / points.length, y: points.reduce((sum, p) => sum + p.y, 0) / points.length };
}

/** Spreads nodes that share an anchor on a small sunflower spiral, so they do not sit on top of each other. */
function spread(anchor: Point, slot: number, spacing: number): Point {
  if (slot === 0) return anchor;
  const angle = slot * 2.399963;
  const radius = spacing * Math.sqrt(slot);
  return { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) };
}

/** Places: a node linked to them is placed near them first. */
const anchoringKinds: ReadonlySet<NodeKind> = new Set(['Municipality', 'County', 'District']);
/** National by nature: placing them at the middle of everything they touch would pile them up in the middle of Sweden. */
const nationalKinds: ReadonlySet<NodeKind> = new Set(['Agency', 'GoalArea']);

/**
 * Positions for the geographic layout. Municipalities sit at their coordinates; counties at the centre of their
 * municipalities; everything else near the places it is linked to (a county council by its county, a body by the
 * areas it covers, an agency unit by what it serves), and failing that near its linked nodes already placed.
 * National agencies, goal areas and what is linked only to them stand in a grid west of the map.
 */
export function geographicPositions(index: NetworkIndex): Map<string, Point> {
  const positions = new Map<string, Point>();
  for (const node of index.network.nodes) {
    const point = coordinateOf(index, node.id);
    if (point !== null) positions.set(node.id, point);
  }
  for (const node of index.network.nodes) {
    if (node.kind !== 'County' || positions.has(node.id)) continue;
    const inside = (index.adjacency.get(node.id) ?? [])
      .filter(({ edge, direction }) => edge.type === 'LOCATED_IN' && direction === 'incoming')
      .flatMap(({ other }) => positions.get(other) ?? []);
    const point = centroid(inside);
    if (point !== null) positions.set(node.id, point);
  }
  const slots = new Map<string, number>();
  const place = (id: string, anchor: Point, key: string) => {
    const slot = (slots.get(key) ?? 0) + 1;
    slots.set(key, slot);
    positions.set(id, spread(anchor, slot, 14));
  };
  const unplaced = () => index.network.nodes.filter((node) => !positions.has(node.id) && !nationalKinds.has(node.kind));
  // First by places, then by anything already placed; each pass may place what the previous one made possible.
  for (const byPlacesOnly of [true, true, false, false, false]) {
    for (const node of unplaced()) {
      const anchors = (index.adjacency.get(node.id) ?? []).filter(
        ({ other }) => positions.has(other) && (!byPlacesOnly || anchoringKinds.has(index.nodes.get(other)?.kind ?? 'Agency')),
      );
      const point = centroid(anchors.flatMap(({ other }) => positions.get(other) ?? []));
      if (point !== null) place(node.id, point, anchors.map(({ other }) => other).sort().join('|'));
    }
  }
  const rest = index.network.nodes.filter((node) => !positions.has(node.id));
  const columns = Math.max(1, Math.ceil(Math.sqrt(rest.length / 3)));
  rest.forEach((node, position) => {
    positions.set(node.id, { x: project(0, 9).x - (position % columns) * 70, y: project(68, 0).y + Math.floor(position / columns) * 45 });
  });
  return declutter(index, positions);
}

/** Places hold the map's shape: a marker pushed off a municipality moves four times as far as the municipality. */
const placeWeight = 4;
/** Space left between two markers, beyond their own half-widths. */
const markerGap = 3;

/**
 * Markers that share a centroid (the bodies, units and councils of one place; the dense municipalities of the
 * south) are moved apart until none overlaps another, places least, so each can be seen and clicked.
 */
function declutter(index: NetworkIndex, positions: Map<string, Point>): Map<string, Point> {
  const discs = [...positions].map(([id, point]) => {
    const kind = index.nodes.get(id)?.kind ?? 'Organisation';
    const style = kindStyle[kind];
    return { id, ...point, radius: Math.max(style.size, style.width ?? 0) / 2 + markerGap, weight: kind === 'Municipality' ? placeWeight : 1 };
  });
  return separate(discs);
}
