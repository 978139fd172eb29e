import { AppError } from '../db/errors';
import type {
  ChangeLinkInput,
  ChangeNodeInput,
  DeleteInput,
  EndInput,
  NewLinkInput,
  NewNodeInput,
  ProposedChange,
} from '../graphql/generated/resolvers';
import type { Prepare } from './editService';
import { changeLink, createLink, deleteLink, endLink } from './linkEdits';
import { changeNode, createNode, deleteNode, endNode } from './nodeEdits';

/** Every edit as data, so a proposal can store one and an editor can apply it later. */
export type EditOperation =
  | { operation: 'createNode'; input: NewNodeInput }
  | { operation: 'changeNode'; input: ChangeNodeInput }
  | { operation: 'endNode'; input: EndInput }
  | { operation: 'deleteNode'; input: DeleteInput }
  | { operation: 'createLink'; input: NewLinkInput }
  | { operation: 'changeLink'; input: ChangeLinkInput }
  | { operation: 'endLink'; input: EndInput }
  | { operation: 'deleteLink'; input: DeleteInput };

export function prepare(edit: EditOperation): Prepare {
  switch (edit.operation) {
    case 'createNode':
      return createNode(edit.input);
    case 'changeNode':
      return changeNode(edit.input);
    case 'endNode':
      return endNode(edit.input);
    case 'deleteNode':
      return deleteNode(edit.input);
    case 'createLink':
      return createLink(edit.input);
    case 'changeLink':
      return changeLink(edit.input);
    case 'endLink':
      return endLink(edit.input);
    case 'deleteLink':
      return deleteLink(edit.input);
  }
}

/** The one operation a proposal names; deleting cannot be proposed (it is for admins, and ending is preferred). */
export function proposedOperation(change: ProposedChange): EditOperation {
  const given: EditOperation[] = [];
  if (change.createNode) given.push({ operation: 'createNode', input: change.createNode });
  if (change.changeNode) given.push({ operation: 'changeNode', input: change.changeNode });
  if (change.endNode) given.push({ operation: 'endNode', input: change.endNode });
  if (change.createLink) given.push({ operation: 'createLink', input: change.createLink });
  if (change.changeLink) given.push({ operation: 'changeLink', input: change.changeLink });
  if (change.endLink) given.push({ operation: 'endLink', input: change.endLink });
  const [only] = given;
  if (only === undefined || given.length > 1) {
    throw new AppError('BAD_USER_INPUT', 'change: give exactly one of createNode, changeNode, endNode, createLink, changeLink, endLink', {
      field: 'change',
    });
  }
  return only;
}
