import type { PairStatus } from '../../graphql/generated/graphql';
import type { GapPair } from './gapElements';

export interface GapFilters {
  status: PairStatus | 'all';
  countyId: string;
  goalAreaId: string;
  agencyId: string;
}

export const noGapFilters: GapFilters = { status: 'all', countyId: '', goalAreaId: '', agencyId: '' };

export interface Option {
  id: string;
  name: string;
  /** The English name, where the graph has one (goal areas). */
  nameEn?: string | null;
}

/** Statuses in ranking order: what needs attention first. */
export const statusOrder: readonly PairStatus[] = ['missing', 'indirect', 'linked'];

export function filterPairs(pairs: readonly GapPair[], filters: GapFilters): GapPair[] {
  return pairs.filter(
    (pair) =>
      (filters.status === 'all' || pair.status === filters.status) &&
      (filters.countyId === '' || pair.county?.id === filters.countyId) &&
      (filters.goalAreaId === '' || pair.rule.goalArea.id === filters.goalAreaId) &&
      (filters.agencyId === '' || pair.partner.id === filters.agencyId),
  );
}

/** The pairs a node takes part in, as municipality or as expected partner. */
export function pairsOf(pairs: readonly GapPair[], nodeId: string): GapPair[] {
  return pairs.filter((pair) => pair.municipality.id === nodeId || pair.target.id === nodeId);
}

export function countByStatus(pairs: readonly GapPair[]): Record<PairStatus, number> {
  const counts: Record<PairStatus, number> = { missing: 0, indirect: 0, linked: 0 };
  for (const pair of pairs) counts[pair.status] += 1;
  return counts;
}

function distinct(entries: (Option | null)[]): Option[] {
  const byId = new Map<string, Option>();
  for (const entry of entries) {
    if (entry === null) continue;
    byId.set(entry.id, entry.nameEn === undefined || entry.nameEn === null ? { id: entry.id, name: entry.name } : { id: entry.id, name: entry.name, nameEn: entry.nameEn });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** What the filters can choose from: the counties, goal areas and agencies of the pairs. */
export function filterOptions(pairs: readonly GapPair[]): { counties: Option[]; goalAreas: Option[]; agencies: Option[] } {
  return {
    counties: distinct(pairs.map((pair) => pair.county)),
    goalAreas: distinct(pairs.map((pair) => pair.rule.goalArea)),
    agencies: distinct(pairs.map((pair) => pair.partner)),
  };
}
