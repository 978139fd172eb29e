import { AppError } from '../db/errors';
import type { Resolvers } from '../graphql/generated/resolvers';
import { resolveAnalysisDay } from '../cooperation/analysisDayRepository';
import { fetchGapInput } from './gapInput';
import { analyseGaps, gapReport } from './gapReport';
import { limitKeepingLink } from './suggestions/limitSuggestions';

export const gapsResolvers: Resolvers = {
  Query: {
    gaps: async (_parent, { asOf, filter }, { database }) => {
      const day = await resolveAnalysisDay(database, asOf);
      return { ...gapReport(analyseGaps(await fetchGapInput(database, day.asOf)), filter ?? {}), asOfBasis: day.basis };
    },
  },
  ExpectedPair: {
    suggestions: (pair, { limit }) => {
      if (limit < 0) throw new AppError('BAD_USER_INPUT', 'limit: must be 0 or more.', { field: 'limit' });
      return limitKeepingLink(pair.suggestions, limit);
    },
  },
};
