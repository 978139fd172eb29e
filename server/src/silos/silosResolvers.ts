import type { Resolvers } from '../graphql/generated/resolvers';
import { analysisDate } from '../gaps/analysisDate';
import { fetchCooperation } from './cooperationRepository';
import { analyseSilos } from './siloAnalysis';
import { siloReport } from './siloReport';
import { indexSnapshot } from './snapshot';

export const silosResolvers: Resolvers = {
  Query: {
    silos: async (_parent, { asOf, filter }, { database }) => {
      const snapshot = await fetchCooperation(database, analysisDate(asOf));
      return siloReport(indexSnapshot(snapshot), analyseSilos(snapshot), filter ?? {});
    },
  },
};
