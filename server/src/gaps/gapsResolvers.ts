import { AppError } from '../db/errors';
import type { Resolvers } from '../graphql/generated/resolvers';
import { limitKeepingLink } from '../suggestions/limitSuggestions';
import { resolveAnalysisDay } from './analysisDate';
import { fetchGapInput } from './gapInput';
import { analyseGaps, gapReport } from './gapReport';
import { previewChanges } from './whatIf';

export const gapsResolvers: Resolvers = {
  Query: {
    gaps: async (_parent, { asOf, filter }, { database }) => {
      const day = await resolveAnalysisDay(database, asOf);
      return { ...gapReport(analyseGaps(await fetchGapInput(database, day.asOf)), filter ?? {}), asOfBasis: day.basis };
    },
    whatIf: async (_parent, { asOf, changes }, { database }) => {
      const day = await resolveAnalysisDay(database, asOf);
      return { ...previewChanges(await fetchGapInput(database, day.asOf), changes), asOfBasis: day.basis };
    },
  },
  ExpectedPair: {
    suggestions: (pair, { limit }) => {
      if (limit < 0) throw new AppError('BAD_USER_INPUT', 'limit: must be 0 or more.', { field: 'limit' });
      return limitKeepingLink(pair.suggestions, limit);
    },
  },
};
