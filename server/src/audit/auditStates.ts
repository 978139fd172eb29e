import type { PlainValue } from '../db/mappers';
import type { AuditTarget, ChangeAction, FieldChange } from '../graphql/generated/resolvers';
import type { NodeKind, RelationshipType } from '../../../domain/kinds';

export type StoredProperties = Record<string, PlainValue>;

export interface NodeState {
  target: 'node';
  id: string;
  kind: NodeKind;
  properties: StoredProperties;
  /** The links a deleted node took with it, so undoing the deletion can restore them. */
  links?: LinkState[];
}

export interface LinkState {
  target: 'link';
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  properties: StoredProperties;
}

/** Anything else a change is made to: a source, an account, a proposal. */
export interface RecordState {
  target: 'source' | 'user' | 'proposal';
  id: string;
  label: string;
  properties: StoredProperties;
}

export type AuditState = NodeState | LinkState | RecordState;

/** One change: what its target was before and after. A create has no before, a delete no after. */
export interface Change {
  action: ChangeAction;
  before: AuditState | null;
  after: AuditState | null;
}

export function targetOf(change: Change): AuditState {
  const target = change.after ?? change.before;
  if (target === null) throw new Error('A change needs a before or an after');
  return target;
}

export function targetType(state: AuditState): AuditTarget {
  return state.target;
}

export function labelOf(state: AuditState): string {
  if (state.target === 'node') return typeof state.properties['name'] === 'string' ? state.properties['name'] : state.id;
  if (state.target === 'link') return `${state.type} ${state.from} → ${state.to}`;
  return state.label;
}

/** The nodes a change concerns, so a node's history also lists the links that start or end at it. */
export function nodeIdsOf(state: AuditState): string[] {
  if (state.target === 'node') return [state.id];
  if (state.target === 'link') return [state.from, state.to];
  return [];
}

export function versionOf(state: AuditState | null): number | null {
  if (state === null) return null;
  const version = state.properties['version'];
  return typeof version === 'number' ? version : 0;
}

/** Bookkeeping that is no fact of the network: left out of every comparison. */
const hiddenFields = new Set(['version', 'editLock']);
const leadingFields = ['id', 'kind', 'type', 'from', 'to', 'name'];

function fieldsOf(state: AuditState | null): Map<string, PlainValue> {
  if (state === null) return new Map();
  const fields = new Map<string, PlainValue>();
  if (state.target === 'node') fields.set('kind', state.kind);
  if (state.target === 'link') {
    fields.set('type', state.type);
    fields.set('from', state.from);
    fields.set('to', state.to);
  }
  for (const [key, value] of Object.entries(state.properties)) {
    if (!hiddenFields.has(key) && value !== null) fields.set(key, value);
  }
  return fields;
}

export function formatValue(value: PlainValue | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map((item) => formatValue(item) ?? '').join(';');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function fieldOrder(a: string, b: string): number {
  const rank = (field: string) => {
    const index = leadingFields.indexOf(field);
    return index === -1 ? leadingFields.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** The fields that differ between two states of a target, in a stable, readable order. */
export function fieldChanges(before: AuditState | null, after: AuditState | null): FieldChange[] {
  const old = fieldsOf(before);
  const next = fieldsOf(after);
  return [...new Set([...old.keys(), ...next.keys()])]
    .sort(fieldOrder)
    .map((field) => ({ field, before: formatValue(old.get(field)), after: formatValue(next.get(field)) }))
    .filter((change) => change.before !== change.after);
}

/** A change named by what it does: setting an end date where there was none ends the target. */
export function changeBetween(before: AuditState | null, after: AuditState | null): Change {
  if (before === null) return { action: 'create', before, after };
  if (after === null) return { action: 'delete', before, after };
  const ends = (before.properties['validTo'] ?? null) === null && (after.properties['validTo'] ?? null) !== null;
  return { action: ends ? 'end' : 'update', before, after };
}
