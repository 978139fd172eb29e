import { AppError } from '../db/errors';
import type { Resolvers } from '../graphql/generated/resolvers';
import { analysisDate } from './analysisDate';
import { fetchGapInput } from './gapInput';
import { analyseGaps, gapReport } from './gapReport';
import { previewChanges } from './whatIf';
import { limitKeepingLink } from '../suggestions/limitSuggestions';

export const gapsResolvers: Resolvers = {
  Query: {
    gaps: async (_parent, { asOf, filter }, { database }) =>
      gapReport(analyseGaps(await fetchGapInput(database, analysisDate(asOf))), filter ?? {}),
    whatIf: async (_parent, { asOf, changes }, { database }) => previewChanges(await fetchGapInput(database, analysisDate(asOf)), changes),
  },
  ExpectedPair: {
    suggestions: (pair, { limit }) => {
      if (limit < 0) throw new AppError('BAD_USER_INPUT', 'limit: must be 0 or more.', { field: 'limit' });
      return limitKeepingLink(pair.suggestions, limit);
    },
  },
};
