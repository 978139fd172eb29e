import type { Resolvers } from '../generated/resolvers';
import { healthResolvers } from '../../health/healthResolvers';
import { networkResolvers } from '../../network/networkResolvers';
import { exploreResolvers } from '../../explore/exploreResolvers';
import { exportResolvers } from '../../export/exportResolvers';
import { diffResolvers } from '../../diff/diffResolvers';
import { gapsResolvers } from '../../gaps/gapsResolvers';
import { silosResolvers } from '../../silos/silosResolvers';
import { whatIfResolvers } from '../../whatIf/whatIfResolvers';
import { auditResolvers } from '../../audit/auditResolvers';
import { authResolvers } from '../../auth/authResolvers';
import { editingResolvers } from '../../editing/editingResolvers';
import { importResolvers } from '../../import/importResolvers';
import { analyticsResolvers } from '../../analytics/analyticsResolvers';
import { dateScalar } from './dateScalar';

/** Each capability brings its own resolvers; add a capability's map here. */
const capabilities: Resolvers[] = [healthResolvers, networkResolvers, exploreResolvers, exportResolvers, diffResolvers, gapsResolvers, silosResolvers, whatIfResolvers, authResolvers, editingResolvers, importResolvers, auditResolvers, analyticsResolvers];

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
