import { resolveAnalysisDay } from '../cooperation/analysisDayRepository';
import type { Resolvers } from '../graphql/generated/resolvers';
import { fetchCooperation } from '../cooperation/cooperationRepository';
import { analyseSilos } from './siloAnalysis';
import { siloReport } from './siloReport';
import { indexCooperation } from '../../../domain/cooperation/cooperationState';

export const silosResolvers: Resolvers = {
  Query: {
    silos: async (_parent, { asOf, filter }, { database }) => {
      const day = await resolveAnalysisDay(database, asOf);
      const cooperation = await fetchCooperation(database, day.asOf);
      return { ...siloReport(indexCooperation(cooperation), analyseSilos(cooperation), filter ?? {}), asOfBasis: day.basis };
    },
  },
};
