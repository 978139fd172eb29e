import type { PlainValue } from '../db/mappers';
import type { AuditRecord, AuditTarget, ChangeAction } from '../graphql/generated/resolvers';
import { fieldChanges, type AuditState } from './auditStates';

const actions: readonly ChangeAction[] = ['create', 'update', 'end', 'delete'];
const targets: readonly AuditTarget[] = ['node', 'link', 'source', 'user', 'proposal'];

function text(map: Record<string, PlainValue>, key: string): string {
  const value = map[key];
  if (typeof value !== 'string') throw new Error(`Stored audit record lacks ${key}`);
  return value;
}

function optionalText(map: Record<string, PlainValue>, key: string): string | null {
  const value = map[key];
  return typeof value === 'string' ? value : null;
}

function oneOf<T extends string>(values: readonly T[], value: string): T {
  if (!(values as readonly string[]).includes(value)) throw new Error(`Stored audit record has unknown value ${value}`);
  return value as T;
}

export function parseAuditState(json: string | null): AuditState | null {
  return json === null ? null : (JSON.parse(json) as AuditState);
}

/** A stored record as the API shows it, with the changed fields worked out from before and after. */
export function toAuditRecord(map: Record<string, PlainValue>): AuditRecord {
  const before = optionalText(map, 'before');
  const after = optionalText(map, 'after');
  return {
    id: text(map, 'id'),
    at: text(map, 'at'),
    username: text(map, 'username'),
    action: oneOf(actions, text(map, 'action')),
    targetType: oneOf(targets, text(map, 'targetType')),
    targetId: text(map, 'targetId'),
    targetLabel: text(map, 'targetLabel'),
    changes: fieldChanges(parseAuditState(before), parseAuditState(after)),
    before,
    after,
    importId: optionalText(map, 'importId'),
    importFile: optionalText(map, 'importFile'),
    proposalId: optionalText(map, 'proposalId'),
    undoOf: optionalText(map, 'undoOf'),
    undoneBy: optionalText(map, 'undoneBy'),
  };
}
