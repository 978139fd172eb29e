import { filterFromInput } from '../export/filterInput';
import { badParameter } from '../export/parameters';
import type { Resolvers } from '../graphql/generated/resolvers';
import { toGraphEdge, toGraphNode } from '../network/toGraph';
import { measureChanges } from './measureChanges';
import { networkDiff } from './networkDiff';

export const diffResolvers: Resolvers = {
  Query: {
    networkDiff: async (_parent, { from, to, filter }, { database }) => {
      if (from > to) throw badParameter('to', `${to} is before from (${from})`);
      const diff = await networkDiff(database, { from, to, filter: filterFromInput(filter) });
      return {
        from: diff.from,
        to: diff.to,
        summary: diff.summary,
        nodes: diff.nodes.map(({ change, node, addedEdgeIds, removedEdgeIds }) => ({
          change,
          node: toGraphNode(node.stored),
          addedEdgeIds,
          removedEdgeIds,
        })),
        edges: diff.edges.map(({ change, edge }) => ({ change, edge: toGraphEdge(edge.stored) })),
      };
    },
    measureChanges: async (_parent, { from, to, measure, mode, filter }, { database }) => {
      if (from > to) throw badParameter('to', `${to} is before from (${from})`);
      return { from, to, measure, mode, nodes: await measureChanges(database, { from, to, measure, mode, filter: filterFromInput(filter) }) };
    },
  },
};
