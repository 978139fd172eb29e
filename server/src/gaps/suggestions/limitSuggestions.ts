import type { GapSuggestion } from '../../graphql/generated/resolvers';

/**
 * The first `limit` suggestions, with the bilateral link kept in the last place if it ranked below
 * them, so the coordinator can always compare the bodies with a direct link; a limit of one asks for
 * the best alone.
 */
export function limitKeepingLink(suggestions: GapSuggestion[], limit: number): GapSuggestion[] {
  const first = suggestions.slice(0, limit);
  const link = suggestions.find((suggestion) => suggestion.kind === 'newBilateralLink');
  if (limit < 2 || link === undefined || first.includes(link)) return first;
  return [...first.slice(0, limit - 1), link];
}
