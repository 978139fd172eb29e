import type { Resolvers } from '../graphql/generated/resolvers';
import { filterFromInput } from '../export/filterInput';
import { analysisDate } from '../../../domain/cooperation/analysisDay';
import { analysedSnapshot } from './analysedSnapshot';
import { connectionOf } from './connection';
import { metricsOf } from './metrics';

export const analyticsResolvers: Resolvers = {
  Query: {
    networkMetrics: async (_parent, { asOf, mode, filter }, { database }) => {
      const request = { asOf: analysisDate(asOf), mode, filter: filterFromInput(filter) };
      return metricsOf(await analysedSnapshot(database, request));
    },
    paths: async (_parent, { from, to, asOf, mode, max }, { database }) =>
      connectionOf(database, { from, to, max, request: { asOf: analysisDate(asOf), mode, filter: filterFromInput(null) } }),
  },
};
