import { resolveAnalysisDay } from '../cooperation/analysisDayRepository';
import { fetchGapInput } from '../gaps/gapInput';
import type { Resolvers } from '../graphql/generated/resolvers';
import { previewChanges } from './whatIf';

export const whatIfResolvers: Resolvers = {
  Query: {
    whatIf: async (_parent, { asOf, changes }, { database }) => {
      const day = await resolveAnalysisDay(database, asOf);
      return { ...previewChanges(await fetchGapInput(database, day.asOf), changes), asOfBasis: day.basis };
    },
  },
};
