import type { Resolvers } from '../generated/resolvers';
import { dateScalar } from './dateScalar';
import { queryResolvers } from './query';

export const resolvers: Resolvers = {
  Date: dateScalar,
  Query: queryResolvers,
};
