import type { GraphQLContext } from '../graphql/context';
import type { Resolvers, Source } from '../graphql/generated/resolvers';
import { fetchBodiesCovering, fetchBodyMembers, fetchBodyOverlap } from './bodyRepository';
import { fetchNeighbourhood } from './neighbourhoodRepository';
import { search } from './searchRepository';
import { fetchSources, sourceLoader } from './sourceRepository';
import { fetchTimeline } from './timelineRepository';

/** One source loader per request (the context object is new for every request). */
const loaders = new WeakMap<GraphQLContext, (id: string) => Promise<Source | null>>();

function loadSource(context: GraphQLContext, id: string): Promise<Source | null> {
  let loader = loaders.get(context);
  if (loader === undefined) {
    loader = sourceLoader(context.database);
    loaders.set(context, loader);
  }
  return loader(id);
}

export const exploreResolvers: Resolvers = {
  Query: {
    search: (_parent, { text, asOf, kinds, limitPerKind }, { database }) =>
      search(database, { text, asOf: asOf ?? null, kinds: kinds ?? null, limitPerKind }),
    neighbourhood: (_parent, { id, asOf, types }, { database }) =>
      fetchNeighbourhood(database, { id, asOf: asOf ?? null, types: types ?? null }),
    source: async (_parent, { id }, { database }) => (await fetchSources(database, [id])).get(id) ?? null,
    bodiesCovering: (_parent, { place, asOf }, { database }) => fetchBodiesCovering(database, place, asOf ?? null),
    bodyMembers: (_parent, { body, asOf }, { database }) => fetchBodyMembers(database, body, asOf ?? null),
    bodyOverlap: (_parent, { a, b, asOf }, { database }) => fetchBodyOverlap(database, a, b, asOf ?? null),
    timeline: (_parent, _arguments, { database }) => fetchTimeline(database),
  },
  Provenance: {
    source: (provenance, _arguments, context) => loadSource(context, provenance.sourceId),
    dateSource: (provenance, _arguments, context) =>
      provenance.dateSourceId == null ? null : loadSource(context, provenance.dateSourceId),
  },
};
