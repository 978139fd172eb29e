/** A covered area and the areas it lies in (a district: its municipality and county). */
export interface CoveredArea {
  id: string;
  enclosing: readonly string[];
}

/**
 * What two bodies both cover: an area both name, or the smaller of two areas where one lies inside the other
 * (a county and a municipality in it share that municipality). Areas side by side share nothing.
 */
export function sharedAreaIds(a: readonly CoveredArea[], b: readonly CoveredArea[]): string[] {
  const aIds = new Set(a.map((area) => area.id));
  const bIds = new Set(b.map((area) => area.id));
  const shared = new Set<string>();
  for (const area of a) if (bIds.has(area.id) || area.enclosing.some((outer) => bIds.has(outer))) shared.add(area.id);
  for (const area of b) if (aIds.has(area.id) || area.enclosing.some((outer) => aIds.has(outer))) shared.add(area.id);
  return [...shared].sort();
}
