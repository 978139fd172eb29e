import type { SnapshotActor } from '../silos/snapshot';

/**
 * Which parties a body's form admits. A Finsam coordination association has four fixed party types:
 * the municipality, the county council, the labour board (Arbetsförmedlingen from 2008) and
 * Försäkringskassan (SOU 2007:104, lines 617-626; the Finsam act, SFS 2003:1210). Other forms set
 * no such limit in the sources, so they admit anyone.
 */
const finsamBodyTypes = new Set(['finsamAssociation', 'finsamForm']);

/** The state parties of Finsam, as agencies whose units count too. */
const finsamAgencies = ['forsakringskassan', 'ams', 'arbetsformedlingen'];

export function admitsParty(bodyType: string | null, actor: SnapshotActor): boolean {
  if (bodyType === null || !finsamBodyTypes.has(bodyType)) return true;
  if (actor.kind === 'Municipality' || actor.kind === 'CountyCouncil') return true;
  return actor.lineage.some((id) => finsamAgencies.includes(id));
}
