import type { WhatIf, WhatIfChanges } from '../graphql/generated/resolvers';
import { analyseSilos, type ActorSilo, type SiloAnalysis } from '../silos/siloAnalysis';
import { siloCounts, toActorSilo } from '../silos/siloReport';
import { analyseGaps, countPairs, type GapAnalysis } from '../gaps/gapReport';
import type { GapInput } from '../gaps/gapInput';
import { toExpectedPair } from '../gaps/pairModels';
import { applyChanges } from './whatIfChanges';

function figures(gaps: GapAnalysis, silos: SiloAnalysis) {
  return { pairs: countPairs(gaps.pairs), silos: siloCounts(silos) };
}

/** Figures equal up to rounding noise (sums over neighbours may run in another order after a change). */
function close(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : Math.abs(a - b) < 1e-9;
}

function sameSilo(a: ActorSilo, b: ActorSilo): boolean {
  return (
    a.partners === b.partners &&
    a.bilateralOnlyPartners === b.bilateralOnlyPartners &&
    close(a.partnerDensity, b.partnerDensity) &&
    close(a.effectiveSize, b.effectiveSize) &&
    close(a.constraint, b.constraint) &&
    a.flags.join() === b.flags.join()
  );
}

/** The analyses before and after tentative changes, on the same date; nothing is written. */
export function previewChanges(input: GapInput, changes: WhatIfChanges): Omit<WhatIf, 'asOfBasis'> {
  const changed = { cooperation: applyChanges(input.cooperation, changes), expectations: input.expectations };
  const gapsBefore = analyseGaps(input);
  const gapsAfter = analyseGaps(changed);
  const silosBefore = analyseSilos(input.cooperation);
  const silosAfter = analyseSilos(changed.cooperation);

  const statusBefore = new Map(gapsBefore.pairs.map((pair) => [pair.id, pair.status]));
  const changedPairs = gapsAfter.pairs
    .filter((pair) => statusBefore.get(pair.id) !== pair.status)
    .map((pair) => ({
      pair: toExpectedPair(gapsAfter.index, pair, gapsAfter.suggestions.get(pair.id) ?? []),
      before: statusBefore.get(pair.id) ?? pair.status,
    }));
  const siloBefore = new Map(silosBefore.actors.map((silo) => [silo.actorId, silo]));
  const changedActors = silosAfter.actors.flatMap((after) => {
    const before = siloBefore.get(after.actorId);
    if (before === undefined || sameSilo(before, after)) return [];
    return [{ before: toActorSilo(gapsBefore.index, before), after: toActorSilo(gapsAfter.index, after) }];
  });
  return {
    asOf: input.cooperation.asOf,
    before: figures(gapsBefore, silosBefore),
    after: figures(gapsAfter, silosAfter),
    changedPairs,
    changedActors,
  };
}
