import { addAgencies, addLocalUnits, addRegionalUnits } from './agencies';
import { addAgreements, addOrganisations, addRules } from './agreements';
import { addBodies, addGoalAreas } from './bodies';
import { addCooperation } from './cooperation';
import { Dataset } from './model';
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
  return dataset;
}
