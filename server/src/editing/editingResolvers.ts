import type { Resolvers } from '../graphql/generated/resolvers';
import type { GraphQLContext } from '../graphql/context';
import { requireRole } from '../auth/guard';
import type { Role } from '../auth/roles';
import { editingVocabulary, findEditableLink, findEditableNode, toOutcome } from './editableViews';
import { prepare, type EditOperation } from './editOperations';
import { runEdit } from './editService';
import { acceptProposal, listProposals, proposeChange, rejectProposal } from './proposals';

/** Editors create, change and end; deleting is for admins (ending keeps the history). */
const neededRole: Record<EditOperation['operation'], Role> = {
  createNode: 'editor',
  changeNode: 'editor',
  endNode: 'editor',
  deleteNode: 'admin',
  createLink: 'editor',
  changeLink: 'editor',
  endLink: 'editor',
  deleteLink: 'admin',
};

async function edit(context: GraphQLContext, operation: EditOperation, dryRun: boolean | null | undefined) {
  const user = requireRole(context, neededRole[operation.operation]);
  return toOutcome(await runEdit(context.database, prepare(operation), { username: user.username }, dryRun ?? false));
}

export const editingResolvers: Resolvers = {
  Query: {
    editableNode: (_parent, { id }, { database }) => findEditableNode(database, id),
    editableLink: (_parent, { id }, { database }) => findEditableLink(database, id),
    editingVocabulary: (_parent, _args, { database }) => editingVocabulary(database),
    proposals: (_parent, { status, limit }, context) => {
      requireRole(context, 'viewer');
      return listProposals(context.database, status ?? null, limit);
    },
  },
  Mutation: {
    createNode: (_parent, { input, dryRun }, context) => edit(context, { operation: 'createNode', input }, dryRun),
    changeNode: (_parent, { input, dryRun }, context) => edit(context, { operation: 'changeNode', input }, dryRun),
    endNode: (_parent, { input, dryRun }, context) => edit(context, { operation: 'endNode', input }, dryRun),
    deleteNode: (_parent, { input, dryRun }, context) => edit(context, { operation: 'deleteNode', input }, dryRun),
    createLink: (_parent, { input, dryRun }, context) => edit(context, { operation: 'createLink', input }, dryRun),
    changeLink: (_parent, { input, dryRun }, context) => edit(context, { operation: 'changeLink', input }, dryRun),
    endLink: (_parent, { input, dryRun }, context) => edit(context, { operation: 'endLink', input }, dryRun),
    deleteLink: (_parent, { input, dryRun }, context) => edit(context, { operation: 'deleteLink', input }, dryRun),
    proposeChange: (_parent, { change, source, locator, note }, context) => {
      const user = requireRole(context, 'viewer');
      return proposeChange(context.database, user, change, source, locator, note ?? null);
    },
    acceptProposal: (_parent, { id, note }, context) => {
      const editor = requireRole(context, 'editor');
      return acceptProposal(context.database, editor, id, note ?? null);
    },
    rejectProposal: (_parent, { id, note }, context) => {
      const editor = requireRole(context, 'editor');
      return rejectProposal(context.database, editor, id, note ?? null);
    },
  },
};
