import { stringify } from 'csv-stringify/sync';
import type { AuditRecord } from '../graphql/generated/resolvers';

const columns = [
  'id',
  'at',
  'username',
  'action',
  'targetType',
  'targetId',
  'targetLabel',
  'changes',
  'importId',
  'importFile',
  'proposalId',
  'undoOf',
  'undoneBy',
  'before',
  'after',
] as const;

/** A spreadsheet would run a cell that starts like a formula; a leading apostrophe keeps it text. */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function changesText(record: AuditRecord): string {
  return record.changes.map((change) => `${change.field}: ${change.before ?? '–'} → ${change.after ?? '–'}`).join('; ');
}

export function auditCsv(records: AuditRecord[]): string {
  const rows = records.map((record) =>
    columns.map((column) => neutralise(column === 'changes' ? changesText(record) : (record[column] ?? ''))),
  );
  return stringify([[...columns], ...rows]);
}
