import neo4j from 'neo4j-driver';
import type { Database, NamedTransaction } from '../db/database';
import { AppError } from '../db/errors';
import { toPlainRecord } from '../db/mappers';
import type { AuditPage, AuditRecord } from '../graphql/generated/resolvers';
import { toAuditRecord } from './auditRecord';

export interface AuditQuery {
  username: string | null;
  nodeId: string | null;
  importId: string | null;
}

export const maxAuditPage = 500;

export async function listAuditRecords(database: Database, query: AuditQuery, limit: number, offset: number): Promise<AuditPage> {
  if (!Number.isInteger(limit) || limit < 1 || limit > maxAuditPage) {
    throw new AppError('BAD_USER_INPUT', `limit: must be 1 to ${maxAuditPage}`, { field: 'limit' });
  }
  if (!Number.isInteger(offset) || offset < 0) throw new AppError('BAD_USER_INPUT', 'offset: must be 0 or more', { field: 'offset' });
  return database.read(async (tx) => {
    const total = Number((await tx.run('audit/count-records', { ...query })).records[0]?.get('total') ?? 0);
    // SKIP and LIMIT take integers; a plain JS number would reach Cypher as a float.
    const result = await tx.run('audit/list-records', { ...query, limit: neo4j.int(limit), offset: neo4j.int(offset) });
    return { total, records: result.records.map((record) => toAuditRecord(toPlainRecord(record.get('record')))) };
  });
}

/** The changes a target went through after `version`, oldest first: who changed it, and from what. */
export async function changesSince(tx: NamedTransaction, targetId: string, version: number): Promise<AuditRecord[]> {
  const result = await tx.run('audit/changes-since-version', { targetId, version });
  return result.records.map((record) => toAuditRecord(toPlainRecord(record.get('record'))));
}

export async function lastChangeOf(tx: NamedTransaction, username: string): Promise<AuditRecord | null> {
  const record = (await tx.run('audit/last-change-of-user', { username })).records[0];
  return record === undefined ? null : toAuditRecord(toPlainRecord(record.get('record')));
}

/** Marks a record as undone; false when another undo got there first. */
export async function markUndone(tx: NamedTransaction, id: string, undoneBy: string): Promise<boolean> {
  const record = (await tx.run('audit/mark-undone', { id, undoneBy })).records[0];
  return Number(record?.get('marked') ?? 0) === 1;
}

/** Who last changed each target, by its id; a target no record names is left out. */
export async function lastAuthors(tx: NamedTransaction, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const result = await tx.run('audit/last-authors', { ids });
  const authors = new Map<string, string>();
  for (const record of result.records) {
    const username: unknown = record.get('username');
    if (typeof username === 'string') authors.set(String(record.get('id')), username);
  }
  return authors;
}
