import type { Resolvers } from '../graphql/generated/resolvers';
import { buildSnapshot } from './buildSnapshot';
import { filterFromInput } from './filterInput';

export const exportResolvers: Resolvers = {
  Query: {
    snapshotManifest: async (_parent, { asOf, mode, filter }, { database, origin }) => {
      const { manifest } = await buildSnapshot(database, {
        scope: { type: 'snapshot', asOf: asOf ?? null },
        mode: mode ?? 'twoMode',
        filter: filterFromInput(filter),
      }, origin === undefined ? {} : { origin });
      return {
        snapshotId: manifest.snapshotId,
        title: manifest.title,
        asOf: manifest.asOf,
        mode: manifest.mode,
        nodeCount: manifest.counts.nodes,
        edgeCount: manifest.counts.edges,
        datasetHash: manifest.dataset.contentHash,
        appVersion: manifest.app.version,
        sources: manifest.sources,
        suggestedCitation: manifest.suggestedCitation,
        suggestedCitationSv: manifest.suggestedCitationSv,
        citationUrl: manifest.citationUrl,
        bibliography: manifest.bibliography,
      };
    },
  },
};
