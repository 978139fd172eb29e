import type { Resolvers } from '../graphql/generated/resolvers';
import { checkHealth } from './health';

export const healthResolvers: Resolvers = {
  Query: {
    health: (_parent, _args, { database }) => checkHealth(database),
  },
};
