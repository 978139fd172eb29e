import { nodeParameters } from '../dataset/toParameters';
import type { NamedTransaction } from '../db/database';
import { AppError } from '../db/errors';
import { toPlainRecord } from '../db/mappers';
import type { ChangeNodeInput, DeleteInput, EndInput, NewNodeInput } from '../graphql/generated/resolvers';
import type { NodeKind } from '../../../domain/kinds';
import { versionOf, type NodeState, type StoredProperties } from '../audit/auditStates';
import { checkVersion } from './concurrency';
import { changeOf, type Prepare } from './editService';
import { lockNodes, readNode, readNodeLinks } from './entityStore';
import { endPatch, knownSourceProblems, mergePatch, overlayTouched, type Patch } from './patches';
import { cellsOf, checkNodeCells, invalidInput, nodeColumns, type FieldProblem } from './rowRules';

const inputPlace = { file: 'input', line: 0 };

async function currentNode(tx: NamedTransaction, id: string, mode: 'check' | 'write'): Promise<NodeState> {
  if (mode === 'write') await lockNodes(tx, [id]);
  const node = await readNode(tx, id);
  if (node === null) throw new AppError('NOT_FOUND', `No node with id "${id}".`, { field: 'id' });
  return node;
}

/** The node after a patch, checked by the seed's row rules and against the stored sources. */
async function nodeAfter(tx: NamedTransaction, id: string, kind: NodeKind, current: NodeState | null, patch: Patch): Promise<NodeState> {
  const merged = { ...mergePatch(current?.properties ?? {}, patch), id, kind };
  const checked = checkNodeCells(cellsOf(merged, nodeColumns), inputPlace);
  const problems: FieldProblem[] = checked.problems.map(({ field, reason }) => ({ field, reason }));
  problems.push(...(await knownSourceProblems(tx, merged)));
  if (checked.located === null || problems.length > 0) throw invalidInput(problems);
  const parameters = toPlainRecord(nodeParameters(checked.located).properties);
  const properties: StoredProperties =
    current === null ? { ...parameters, id } : overlayTouched(merged, parameters, patch);
  return { target: 'node', id, kind, properties: { ...properties, version: (versionOf(current) ?? 0) + 1 } };
}

export function createNode({ id, kind, ...fields }: NewNodeInput): Prepare {
  return async (tx) => {
    if ((await readNode(tx, id)) !== null) throw new AppError('CONFLICT', `A node with id "${id}" already exists.`, { field: 'id' });
    return changeOf(null, await nodeAfter(tx, id, kind, null, fields));
  };
}

export function changeNode({ id, expectedVersion, changes }: ChangeNodeInput): Prepare {
  return async (tx, mode) => {
    const current = await currentNode(tx, id, mode);
    await checkVersion(tx, current, expectedVersion);
    return changeOf(current, await nodeAfter(tx, id, current.kind, current, changes));
  };
}

export function endNode(input: EndInput): Prepare {
  return async (tx, mode) => {
    const current = await currentNode(tx, input.id, mode);
    await checkVersion(tx, current, input.expectedVersion);
    return changeOf(current, await nodeAfter(tx, input.id, current.kind, current, endPatch(current, input)));
  };
}

export function deleteNode({ id, expectedVersion }: DeleteInput): Prepare {
  return async (tx, mode) => {
    const current = await currentNode(tx, id, mode);
    await checkVersion(tx, current, expectedVersion);
    const { links, others } = await readNodeLinks(tx, id);
    if (others > 0) {
      throw new AppError('BAD_USER_INPUT', `id: "${id}" is named by an expectation rule; end it instead of deleting it`, { field: 'id' });
    }
    return changeOf({ ...current, links }, null);
  };
}
