import type {
  EditingVocabularyQuery,
  Evidence,
  LinkChanges,
  NewLinkInput,
  NewNodeInput,
  NodeChanges,
  NodeKind,
  RelationshipType,
} from '../../graphql/generated/graphql';
import type { EditingMessageKey } from './messages';

/** A form's values as typed, every field as text; an empty text means "absent". */
export type FormValues = Record<string, string>;
export type LinkRule = EditingVocabularyQuery['editingVocabulary']['linkRules'][number];
export type FormErrors = Partial<Record<string, EditingMessageKey>>;

interface Sourced {
  validFrom?: string | null;
  validTo?: string | null;
  provenance: { evidence: Evidence; sourceId: string; locator: string; note?: string | null };
  properties: { key: string; value: string }[];
}

const nodeEditable = ['name', 'evidence', 'source', 'locator', 'validFrom', 'validTo', 'note', 'code', 'nameEn', 'bodyType', 'agreementType', 'unitType', 'level', 'description'] as const;
const linkEditable = ['evidence', 'source', 'locator', 'validFrom', 'validTo', 'note', 'role', 'goalAreas', 'form', 'task'] as const;

/** Which kind-specific fields a node of this kind has (seed/FORMAT.md). */
export function kindFields(kind: string): ('bodyType' | 'agreementType' | 'level' | 'unitType')[] {
  if (kind === 'Body') return ['bodyType'];
  if (kind === 'Agreement') return ['agreementType'];
  if (kind === 'Agency') return ['level'];
  if (kind === 'AgencyUnit') return ['level', 'unitType'];
  return [];
}

function sourcedValues(item: Sourced): FormValues {
  const values: FormValues = {
    evidence: item.provenance.evidence,
    source: item.provenance.sourceId,
    locator: item.provenance.locator,
    note: item.provenance.note ?? '',
    validFrom: item.validFrom ?? '',
    validTo: item.validTo ?? '',
  };
  for (const { key, value } of item.properties) values[key] = value;
  return values;
}

export function nodeFormValues(node: Sourced & { id: string; kind: NodeKind; name: string }): FormValues {
  return { ...sourcedValues(node), id: node.id, kind: node.kind, name: node.name };
}

export function linkFormValues(edge: Sourced & { id: string; type: RelationshipType; source: string; target: string }): FormValues {
  return { ...sourcedValues(edge), id: edge.id, type: edge.type, from: edge.source, to: edge.target };
}

export const emptyNode: FormValues = { evidence: 'documented', source: 'sou-2007-104' };
export const emptyLink: FormValues = { evidence: 'documented', source: 'sou-2007-104' };

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A suggested id from a name: "Göteborgsregionen (GR)" → "goteborgsregionen-gr". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function requireFields(values: FormValues, fields: readonly string[], errors: FormErrors): void {
  for (const field of fields) if ((values[field] ?? '').trim() === '') errors[field] = 'required';
}

function checkDates(values: FormValues, errors: FormErrors): void {
  const from = values['validFrom'] ?? '';
  const to = values['validTo'] ?? '';
  if (from !== '' && to !== '' && to < from) errors['validTo'] = 'datesOrder';
}

/** The checks the server makes too, shown beside each field before anything is sent. */
export function validateNodeForm(values: FormValues, creating: boolean): FormErrors {
  const errors: FormErrors = {};
  requireFields(values, creating ? ['id', 'kind', 'name', 'evidence', 'source', 'locator'] : ['name', 'evidence', 'source', 'locator'], errors);
  if (creating && values['id'] !== undefined && values['id'] !== '' && !slugPattern.test(values['id'])) errors['id'] = 'slug';
  checkDates(values, errors);
  return errors;
}

/** The link types a link from a node of one kind to one of another may have. */
export function allowedLinkTypes(rules: readonly LinkRule[], fromKind: NodeKind | undefined, toKind: NodeKind | undefined): RelationshipType[] {
  if (fromKind === undefined || toKind === undefined) return [];
  return rules.filter((rule) => rule.from.includes(fromKind) && rule.to.includes(toKind)).map((rule) => rule.type);
}

export function validateLinkForm(values: FormValues, creating: boolean, allowed: readonly RelationshipType[]): FormErrors {
  const errors: FormErrors = {};
  requireFields(values, creating ? ['from', 'to', 'type', 'evidence', 'source', 'locator'] : ['evidence', 'source', 'locator'], errors);
  if (creating && values['type'] && !allowed.includes(values['type'] as RelationshipType)) errors['type'] = 'notAllowedEnds';
  checkDates(values, errors);
  return errors;
}

function present(values: FormValues, field: string): string | undefined {
  const value = (values[field] ?? '').trim();
  return value === '' ? undefined : value;
}

/** The fields that hold something, by name: empty ones are left out of a new node or link. */
function presentFields(values: FormValues, fields: readonly string[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const field of fields) {
    const value = present(values, field);
    if (value !== undefined) found[field] = value;
  }
  return found;
}

export function newNodeInput(values: FormValues): NewNodeInput {
  return {
    id: values['id'] ?? '',
    kind: values['kind'] as NodeKind,
    name: (values['name'] ?? '').trim(),
    evidence: values['evidence'] as Evidence,
    source: values['source'] ?? '',
    locator: (values['locator'] ?? '').trim(),
    ...presentFields(values, ['validFrom', 'validTo', 'note', 'code', 'nameEn', 'bodyType', 'agreementType', 'unitType', 'level', 'description']),
  };
}

/** Only what the form changed: a field emptied is sent as null (removed), untouched fields are left out. */
function changesOf(original: FormValues, values: FormValues, fields: readonly string[]): Record<string, string | string[] | null> {
  const changes: Record<string, string | string[] | null> = {};
  for (const field of fields) {
    const before = (original[field] ?? '').trim();
    const after = (values[field] ?? '').trim();
    if (before === after) continue;
    if (after === '') changes[field] = null;
    else changes[field] = field === 'goalAreas' ? after.split(';').map((goal) => goal.trim()).filter((goal) => goal !== '') : after;
  }
  return changes;
}

export function nodeChanges(original: FormValues, values: FormValues): NodeChanges {
  return changesOf(original, values, nodeEditable);
}

export function linkChanges(original: FormValues, values: FormValues): LinkChanges {
  return changesOf(original, values, linkEditable);
}

export function newLinkInput(values: FormValues): NewLinkInput {
  const goalAreas = present(values, 'goalAreas')?.split(';').map((goal) => goal.trim()).filter((goal) => goal !== '');
  return {
    type: values['type'] as RelationshipType,
    from: values['from'] ?? '',
    to: values['to'] ?? '',
    evidence: values['evidence'] as Evidence,
    source: values['source'] ?? '',
    locator: (values['locator'] ?? '').trim(),
    ...(goalAreas === undefined ? {} : { goalAreas }),
    ...presentFields(values, ['validFrom', 'validTo', 'note', 'role', 'form', 'task']),
  };
}
