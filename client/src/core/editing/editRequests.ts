import type {
  ChangeLinkInput,
  ChangeNodeInput,
  DeleteInput,
  EditOutcomeFieldsFragment,
  EndInput,
  NewLinkInput,
  NewNodeInput,
  ProposedChange,
} from '../../graphql/generated/graphql';
import type { QueryClient } from '@tanstack/react-query';
import { runNetworkMutation } from '../data/mutation';
import { runOperation, type Operation } from '../data/operation';
import {
  changeLinkMutation,
  changeNodeMutation,
  createLinkMutation,
  createNodeMutation,
  deleteLinkMutation,
  deleteNodeMutation,
  endLinkMutation,
  endNodeMutation,
  proposeChangeMutation,
} from './operations';

/** Every edit the forms make, as data: the same shape a proposal stores. */
export type Edit =
  | { operation: 'createNode'; input: NewNodeInput }
  | { operation: 'changeNode'; input: ChangeNodeInput }
  | { operation: 'endNode'; input: EndInput }
  | { operation: 'deleteNode'; input: DeleteInput }
  | { operation: 'createLink'; input: NewLinkInput }
  | { operation: 'changeLink'; input: ChangeLinkInput }
  | { operation: 'endLink'; input: EndInput }
  | { operation: 'deleteLink'; input: DeleteInput };

/** Runs an edit; a dry run answers what it would change and writes nothing, a real one invalidates what it touched. */
export async function runEdit(queryClient: QueryClient, edit: Edit, dryRun: boolean): Promise<EditOutcomeFieldsFragment> {
  const request = <Result, Variables>(document: Operation<Result, Variables>, variables: Variables) =>
    dryRun ? runOperation(document, variables) : runNetworkMutation(queryClient, document, variables);
  switch (edit.operation) {
    case 'createNode':
      return (await request(createNodeMutation, { input: edit.input, dryRun })).createNode;
    case 'changeNode':
      return (await request(changeNodeMutation, { input: edit.input, dryRun })).changeNode;
    case 'endNode':
      return (await request(endNodeMutation, { input: edit.input, dryRun })).endNode;
    case 'deleteNode':
      return (await request(deleteNodeMutation, { input: edit.input, dryRun })).deleteNode;
    case 'createLink':
      return (await request(createLinkMutation, { input: edit.input, dryRun })).createLink;
    case 'changeLink':
      return (await request(changeLinkMutation, { input: edit.input, dryRun })).changeLink;
    case 'endLink':
      return (await request(endLinkMutation, { input: edit.input, dryRun })).endLink;
    case 'deleteLink':
      return (await request(deleteLinkMutation, { input: edit.input, dryRun })).deleteLink;
  }
}

/** A viewer's edit goes to review instead, with the source that supports it. */
export async function proposeEdit(queryClient: QueryClient, edit: Edit, source: string, locator: string): Promise<void> {
  if (edit.operation === 'deleteNode' || edit.operation === 'deleteLink') throw new Error('Deleting cannot be proposed');
  const change = { [edit.operation]: edit.input } as ProposedChange;
  await runNetworkMutation(queryClient, proposeChangeMutation, { change, source, locator });
}
