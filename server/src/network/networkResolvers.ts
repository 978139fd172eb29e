import type { Resolvers } from '../graphql/generated/resolvers';
import { fetchNetwork, fetchNode } from './networkRepository';

export const networkResolvers: Resolvers = {
  Query: {
    network: (_parent, { asOf, kinds }, { database }) => fetchNetwork(database, { asOf: asOf ?? null, kinds: kinds ?? null }),
    node: (_parent, { id }, { database }) => fetchNode(database, id),
  },
};
