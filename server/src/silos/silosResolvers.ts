import { resolveAnalysisDay } from '../cooperation/analysisDayRepository';
import type { Resolvers } from '../graphql/generated/resolvers';
import { fetchCooperation } from '../cooperation/cooperationRepository';
import { analyseSilos } from './siloAnalysis';
import { siloReport } from './siloReport';
import { indexSnapshot } from '../../../domain/cooperation/cooperationState';

export const silosResolvers: Resolvers = {
  Query: {
    silos: async (_parent, { asOf, filter }, { database }) => {
      const day = await resolveAnalysisDay(database, asOf);
      const snapshot = await fetchCooperation(database, day.asOf);
      return { ...siloReport(indexSnapshot(snapshot), analyseSilos(snapshot), filter ?? {}), asOfBasis: day.basis };
    },
  },
};
