import type { NetworkIndex } from '../graph/networkIndex';
import type { LayoutName } from '../urlState/urlState';
import { geographicPositions, type Point } from './geographic';

/** A compound box that groups the nodes of one county. */
export interface CountyGroup {
  id: string;
  label: string;
}

/** Everything a layout needs besides the graph itself, computed from the network so it can be tested apart. */
export type LayoutPlan =
  | { name: 'force' }
  | { name: 'geographic'; positions: Map<string, Point> }
  | { name: 'concentric'; centre: string | null }
  | { name: 'hierarchy' }
  | { name: 'counties'; groups: Map<string, CountyGroup> };

export const groupPrefix = 'group:';

/** Nodes of exactly one county go in that county's box; national or multi-county nodes stay outside. */
export function countyGroups(index: NetworkIndex): Map<string, CountyGroup> {
  const groups = new Map<string, CountyGroup>();
  for (const [id, counties] of index.counties) {
    if (counties.size !== 1) continue;
    const [county] = [...counties];
    if (county === undefined) continue;
    groups.set(id, { id: `${groupPrefix}${county}`, label: index.nodes.get(county)?.name ?? county });
  }
  return groups;
}

export function layoutPlan(name: LayoutName, index: NetworkIndex, centre: string | null): LayoutPlan {
  switch (name) {
    case 'geographic':
      return { name, positions: geographicPositions(index) };
    case 'concentric':
      return { name, centre };
    case 'counties':
      return { name, groups: countyGroups(index) };
    case 'hierarchy':
    case 'force':
      return { name };
  }
}
