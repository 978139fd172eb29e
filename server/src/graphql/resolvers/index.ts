import type { Resolvers } from '../generated/resolvers';
import { healthResolvers } from '../../health/healthResolvers';
import { networkResolvers } from '../../network/networkResolvers';
import { dateScalar } from './dateScalar';

/** Each capability brings its own resolvers; add a capability's map here. */
const capabilities: Resolvers[] = [healthResolvers, networkResolvers];

type ResolverMap = Record<string, unknown>;

function merge(maps: Resolvers[]): Resolvers {
  const merged: Record<string, ResolverMap> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map as Record<string, ResolverMap>)) {
      merged[typeName] = { ...merged[typeName], ...fields };
    }
  }
  return merged;
}

export const resolvers: Resolvers = { ...merge(capabilities), Date: dateScalar };
