import type { GapSuggestion } from '../../graphql/generated/resolvers';
import { limitKeepingLink } from './limitSuggestions';

function aSuggestion(rank: number, kind: GapSuggestion['kind'] = 'existingBody'): GapSuggestion {
  return {
    rank,
    kind,
    body: kind === 'existingBody' ? { id: `body-${rank}`, kind: 'Body', name: `Body ${rank}` } : null,
    bodyType: null,
    partiesToAdd: [],
    admitsAll: true,
    addressesGoalArea: true,
    alsoCloses: [],
    reason: { standing: 'joinsBody', strength: 'moderate', municipalityMembership: null, recordedParties: 2, coveredCounties: 0, form: null },
  };
}

describe('a limited list of suggestions', () => {
  const suggestions = [aSuggestion(1), aSuggestion(2), aSuggestion(3), aSuggestion(4, 'newBilateralLink'), aSuggestion(5)];
  const ranks = (list: GapSuggestion[]) => list.map((suggestion) => suggestion.rank);

  it('keeps the bilateral link in the last place when it ranked below the limit', () => {
    expect(ranks(limitKeepingLink(suggestions, 2))).toEqual([1, 4]);
  });

  it('leaves the list as ranked when the link is within the limit, the best alone for a limit of 1, nothing for 0', () => {
    expect(ranks(limitKeepingLink(suggestions, 4))).toEqual([1, 2, 3, 4]);
    expect(ranks(limitKeepingLink(suggestions, 1))).toEqual([1]);
    expect(limitKeepingLink(suggestions, 0)).toEqual([]);
  });
});
