import type { Database } from '../db/database';
import { evaluatePairs } from '../gaps/expectedPairs';
import { fetchGapInput } from '../gaps/gapInput';
import { countPairs } from '../gaps/gapReport';
import { analyseSilos, type SiloFlag } from '../silos/siloAnalysis';
import { indexCooperation } from '../../../domain/cooperation/cooperationState';

/**
 * The coordinator's headline figures on a date, from the gap and silo analyses: expected pairs that are missing or
 * only indirectly linked, municipalities that meet one agency at a time, stovepipe agencies and two-party bodies.
 */
export async function gapAndSiloFigures(database: Database, asOf: string): Promise<Record<string, number>> {
  const input = await fetchGapInput(database, asOf);
  const pairs = countPairs(evaluatePairs(indexCooperation(input.cooperation), input.expectations));
  const silos = analyseSilos(input.cooperation);
  const flagged = (flag: SiloFlag) => silos.actors.filter((actor) => actor.flags.includes(flag)).length;
  return {
    missingPairs: pairs.missing,
    indirectPairs: pairs.indirect,
    oneAgencyAtATime: flagged('oneAgencyAtATime'),
    stovepipes: flagged('stovepipe'),
    twoPartyBodies: silos.bodies.filter((body) => body.flags.includes('twoPartyBody')).length,
  };
}
