import { addAgencies, addLocalUnits, addRegionalUnits } from './agencies';
import { addAgreements, addOrganisations, addRules } from './agreements';
import { addBodies, addGoalAreas } from './bodies';
import { addCooperation } from './cooperation';
import { Dataset } from './model';
import { lifetimeProblems } from '../../domain/validate';
import { addDistricts, addPlaces } from './places';
import { createRandom } from './random';
import { readReference } from './reference';

export interface GenerateOptions {
  /** 1 ≈ 1,000 nodes and 5,000 links; 20 ≈ 20,000 nodes and 100,000 links. */
  scale: number;
  seed: number;
}

export const nodesPerScale = 1_000;
export const linksPerScale = 5_000;

/** How the nodes beyond the fixed national frame (places, agencies, regional units) are shared out. */
const nodeShares = { localUnits: 0.45, districts: 0.2, bodies: 0.2, organisations: 0.08, agreements: 0.07 };

/** Builds the whole synthetic national network in memory; the same options always give the same rows. */
export function generateNetwork({ scale, seed }: GenerateOptions): Dataset {
  if (!(scale > 0)) throw new Error(`--scale must be a positive number, got ${String(scale)}`);
  const dataset = new Dataset(createRandom(seed), `bench/generate seed ${seed} scale ${scale}`);
  const reference = readReference();
  const world = addPlaces(dataset, reference);
  addGoalAreas(world);
  addAgencies(world, reference);
  addRegionalUnits(world, reference);
  const budget = Math.max(0, Math.round(nodesPerScale * scale) - dataset.nodes.size);
  const share = (part: number) => Math.round(budget * part);
  addDistricts(world, share(nodeShares.districts));
  addOrganisations(world, share(nodeShares.organisations));
  addLocalUnits(world, share(nodeShares.localUnits));
  addBodies(world, share(nodeShares.bodies));
  addAgreements(world, share(nodeShares.agreements));
  addRules(world);
  addCooperation(world, Math.max(0, Math.round(linksPerScale * scale) - dataset.links.length));
  fitLinksToEnds(dataset);
  return dataset;
}

const dateOf = (cells: Record<string, string>, field: 'validFrom' | 'validTo') => (cells[field] === '' ? undefined : cells[field]);

/**
 * Moves a link's dates inside the lifetimes of its ends, as the seed validator asks (a node and its link may be
 * written with different precision, or a link's era may reach past an agency's): the end's own date replaces the
 * one outside it, and a link wholly outside an end takes that end's window.
 */
function fitLinksToEnds(dataset: Dataset): void {
  for (const { cells } of dataset.links) {
    for (const end of ['from', 'to'] as const) {
      if (cells['type'] === 'SUCCEEDED_BY' && end === 'from') continue;
      const node = dataset.node(cells[end] ?? '').cells;
      const lifetime = { id: node['id'] ?? '', validFrom: dateOf(node, 'validFrom'), validTo: dateOf(node, 'validTo') };
      const problems = lifetimeProblems({ validFrom: dateOf(cells, 'validFrom'), validTo: dateOf(cells, 'validTo') }, lifetime, end);
      const outside = problems.some(({ field, reason }) => (field === 'validFrom') === reason.includes('has ceased'));
      for (const field of outside ? (['validFrom', 'validTo'] as const) : problems.map((problem) => problem.field as 'validFrom' | 'validTo')) {
        cells[field] = lifetime[field] ?? '';
      }
    }
  }
}
