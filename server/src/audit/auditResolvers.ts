import type { Resolvers } from '../graphql/generated/resolvers';
import { requireRole } from '../auth/guard';
import { listAuditRecords } from './auditRepository';
import { undoLastChange } from './undo';

export const auditResolvers: Resolvers = {
  Query: {
    auditRecords: (_parent, { filter, limit, offset }, context) => {
      requireRole(context, 'editor');
      const query = { username: filter?.username ?? null, nodeId: filter?.nodeId ?? null, importId: filter?.importId ?? null };
      return listAuditRecords(context.database, query, limit, offset);
    },
  },
  Mutation: {
    undoLastChange: (_parent, { username }, context) => {
      const whose = username ?? context.auth?.user?.username ?? '';
      const actor = requireRole(context, whose === context.auth?.user?.username ? 'editor' : 'admin');
      return undoLastChange(context.database, actor.username, whose);
    },
  },
};
