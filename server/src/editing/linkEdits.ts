import { linkParameters } from '../dataset/toParameters';
import { linkEndProblem } from '../../../domain/validate';
import type { NamedTransaction } from '../db/database';
import { AppError } from '../db/errors';
import { toPlainRecord } from '../db/mappers';
import type { ChangeLinkInput, DeleteInput, EndInput, NewLinkInput } from '../graphql/generated/resolvers';
import type { RelationshipType } from '../../../domain/kinds';
import { versionOf, type LinkState, type StoredProperties } from '../audit/auditStates';
import { checkVersion } from './concurrency';
import { changeOf, type Prepare } from './editService';
import { lockLinks, readLink, readLinks, readNodes } from './entityStore';
import { endPatch, knownSourceProblems, mergePatch, overlayTouched, type Patch } from './patches';
import { cellsOf, checkLinkCells, invalidInput, linkColumns, type FieldProblem } from './rowRules';

const inputPlace = { file: 'input', line: 0 };

interface LinkEnds {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
}

function endsOf({ id, type, from, to }: LinkState): LinkEnds {
  return { id, type, from, to };
}

async function currentLink(tx: NamedTransaction, id: string, mode: 'check' | 'write'): Promise<LinkState> {
  if (mode === 'write') await lockLinks(tx, [id]);
  const link = await readLink(tx, id);
  if (link === null) throw new AppError('NOT_FOUND', `No link with id "${id}".`, { field: 'id' });
  return link;
}

/** Both ends must exist and be of kinds the type joins (relationshipEndpoints); goal areas must be goal areas. */
async function referenceProblems(tx: NamedTransaction, ends: LinkEnds, properties: StoredProperties): Promise<FieldProblem[]> {
  const goalAreas = Array.isArray(properties['goalAreas']) ? properties['goalAreas'].map(String) : [];
  const nodes = await readNodes(tx, [ends.from, ends.to, ...goalAreas]);
  const problems: FieldProblem[] = [];
  for (const end of ['from', 'to'] as const) {
    const node = nodes.get(ends[end]);
    const reason = node === undefined ? `no node "${ends[end]}"` : linkEndProblem(ends.type, end, node.kind);
    if (reason !== undefined) problems.push({ field: end, reason });
  }
  for (const goal of goalAreas) {
    if (nodes.get(goal)?.kind !== 'GoalArea') problems.push({ field: 'goalAreas', reason: `"${goal}" is not a goal area` });
  }
  return problems;
}

async function linkAfter(tx: NamedTransaction, ends: LinkEnds, current: LinkState | null, patch: Patch): Promise<LinkState> {
  const merged = { ...mergePatch(current?.properties ?? {}, patch), id: ends.id };
  const checked = checkLinkCells({ ...cellsOf(merged, linkColumns), type: ends.type, from: ends.from, to: ends.to }, inputPlace);
  const problems: FieldProblem[] = checked.problems.map(({ field, reason }) => ({ field, reason }));
  problems.push(...(await knownSourceProblems(tx, merged)), ...(await referenceProblems(tx, ends, merged)));
  if (checked.located === null || problems.length > 0) throw invalidInput(problems);
  const parameters = toPlainRecord(linkParameters(checked.located).properties);
  const properties = current === null ? parameters : overlayTouched(merged, parameters, patch);
  return { target: 'link', ...ends, properties: { ...properties, version: (versionOf(current) ?? 0) + 1 } };
}

/** A readable id from the type and ends, numbered when that one is taken. */
async function newLinkId(tx: NamedTransaction, type: RelationshipType, from: string, to: string): Promise<string> {
  const base = `${type.toLowerCase().replaceAll('_', '-')}-${from}-${to}`;
  const candidates = [base, ...Array.from({ length: 20 }, (_, index) => `${base}-${index + 2}`)];
  const taken = await readLinks(tx, candidates);
  const free = candidates.find((candidate) => !taken.has(candidate));
  if (free === undefined) throw new AppError('CONFLICT', `Too many links named ${base}; give the link an id.`, { field: 'id' });
  return free;
}

export function createLink({ id, type, from, to, ...fields }: NewLinkInput): Prepare {
  return async (tx) => {
    if (id !== null && id !== undefined && (await readLink(tx, id)) !== null) {
      throw new AppError('CONFLICT', `A link with id "${id}" already exists.`, { field: 'id' });
    }
    const ends = { id: id ?? (await newLinkId(tx, type, from, to)), type, from, to };
    return changeOf(null, await linkAfter(tx, ends, null, fields));
  };
}

export function changeLink({ id, expectedVersion, changes }: ChangeLinkInput): Prepare {
  return async (tx, mode) => {
    const current = await currentLink(tx, id, mode);
    await checkVersion(tx, current, expectedVersion);
    return changeOf(current, await linkAfter(tx, endsOf(current), current, changes));
  };
}

export function endLink(input: EndInput): Prepare {
  return async (tx, mode) => {
    const current = await currentLink(tx, input.id, mode);
    await checkVersion(tx, current, input.expectedVersion);
    return changeOf(current, await linkAfter(tx, endsOf(current), current, endPatch(current, input)));
  };
}

export function deleteLink({ id, expectedVersion }: DeleteInput): Prepare {
  return async (tx, mode) => {
    const current = await currentLink(tx, id, mode);
    await checkVersion(tx, current, expectedVersion);
    return changeOf(current, null);
  };
}
