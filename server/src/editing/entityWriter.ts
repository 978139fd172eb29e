import neo4j from 'neo4j-driver';
import type { NamedTransaction } from '../db/database';
import { AppError } from '../db/errors';
import { toNeo4jDate, type PlainValue } from '../db/mappers';
import type { Change, LinkState, NodeState, RecordState, StoredProperties } from '../audit/auditStates';

/** The only date-typed properties of the model; everything else is stored as it reads. */
const dateProperties = new Set(['validFrom', 'validTo']);

function writable(properties: StoredProperties): Record<string, unknown> {
  const entries = Object.entries(properties)
    .filter(([, value]) => value !== null)
    .map(([key, value]): [string, unknown] => {
      if (dateProperties.has(key) && typeof value === 'string') return [key, toNeo4jDate(value)];
      if (key === 'version' && typeof value === 'number') return [key, neo4j.int(value)];
      return [key, value satisfies PlainValue];
    });
  return Object.fromEntries(entries);
}

function linkRow(link: LinkState) {
  return { id: link.id, type: link.type, from: link.from, to: link.to, properties: writable(link.properties) };
}

interface Batches {
  createNodes: NodeState[];
  replaceNodes: NodeState[];
  deleteNodes: NodeState[];
  createLinks: LinkState[];
  replaceLinks: LinkState[];
  deleteLinks: LinkState[];
  writeSources: RecordState[];
  deleteSources: RecordState[];
}

function sortIntoBatches(changes: Change[]): Batches {
  const batches: Batches = {
    createNodes: [],
    replaceNodes: [],
    deleteNodes: [],
    createLinks: [],
    replaceLinks: [],
    deleteLinks: [],
    writeSources: [],
    deleteSources: [],
  };
  for (const { before, after } of changes) {
    if (after?.target === 'node') {
      if (before === null) {
        batches.createNodes.push(after);
        batches.createLinks.push(...(after.links ?? []));
      } else batches.replaceNodes.push(after);
    } else if (after?.target === 'link') {
      (before === null ? batches.createLinks : batches.replaceLinks).push(after);
    } else if (after?.target === 'source') batches.writeSources.push(after);
    else if (after === null && before?.target === 'node') batches.deleteNodes.push(before);
    else if (after === null && before?.target === 'link') batches.deleteLinks.push(before);
    else if (after === null && before?.target === 'source') batches.deleteSources.push(before);
    else throw new Error('Only nodes, links and sources are written by applyChanges');
  }
  return batches;
}

async function expectCount(tx: NamedTransaction, name: Parameters<NamedTransaction['run']>[0], parameters: Record<string, unknown>, key: string, expected: number) {
  if (expected === 0) return;
  const record = (await tx.run(name, parameters)).records[0];
  const count = Number(record?.get(key) ?? 0);
  if (count !== expected) {
    throw new AppError('CONFLICT', 'Something this change touches was changed or removed meanwhile; reload and try again.');
  }
}

/** Writes changes to nodes, links and sources, creations first and deletions last, in the caller's transaction. */
export async function applyChanges(tx: NamedTransaction, changes: Change[]): Promise<void> {
  const batch = sortIntoBatches(changes);
  if (batch.createNodes.length > 0) {
    const nodes = batch.createNodes.map((node) => ({ properties: writable(node.properties) }));
    await expectCount(tx, 'editing/create-nodes', { nodes }, 'created', nodes.length);
    await tx.run('entities/apply-kind-labels', { ids: batch.createNodes.map((node) => node.id) });
  }
  const sources = batch.writeSources.map((source) => ({ id: source.id, properties: writable(source.properties) }));
  await expectCount(tx, 'editing/merge-sources', { sources }, 'written', sources.length);
  const createLinks = batch.createLinks.map(linkRow);
  await expectCount(tx, 'editing/create-links', { links: createLinks }, 'created', createLinks.length);
  const replaceNodes = batch.replaceNodes.map((node) => ({ id: node.id, properties: writable(node.properties) }));
  await expectCount(tx, 'editing/replace-nodes', { nodes: replaceNodes }, 'replaced', replaceNodes.length);
  const replaceLinks = batch.replaceLinks.map(linkRow);
  await expectCount(tx, 'editing/replace-links', { links: replaceLinks }, 'replaced', replaceLinks.length);
  const deleteLinks = batch.deleteLinks.map(linkRow);
  await expectCount(tx, 'editing/delete-links', { links: deleteLinks }, 'deleted', deleteLinks.length);
  if (batch.deleteNodes.length > 0) await tx.run('editing/delete-nodes', { ids: batch.deleteNodes.map((node) => node.id) });
  if (batch.deleteSources.length > 0) await tx.run('editing/delete-sources', { ids: batch.deleteSources.map((source) => source.id) });
}
