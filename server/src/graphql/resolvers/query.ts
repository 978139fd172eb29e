import { checkHealth } from '../../health/health';
import { fetchNetwork, fetchNode } from '../../network/networkRepository';
import type { QueryResolvers } from '../generated/resolvers';

export const queryResolvers: QueryResolvers = {
  health: (_parent, _args, { database }) => checkHealth(database),
  network: (_parent, { asOf, kinds }, { database }) =>
    fetchNetwork(database, { asOf: asOf ?? null, kinds: kinds ?? null }),
  node: (_parent, { id }, { database }) => fetchNode(database, id),
};
