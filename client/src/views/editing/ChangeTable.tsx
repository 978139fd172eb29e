import type { ReactNode } from 'react';
import { SourceName } from '../../components/SourceCitation/SourceCitation';
import { propertyNames } from '../../core/graph/names';
import { propertyValueName } from '../../core/graph/valueNames';
import type { Language } from '../../core/i18n/messages';
import { useMessages } from '../../core/i18n/useLanguage';
import { evidenceNames, inferredNames, kindNames, relationshipNames } from '../../core/i18n/vocabulary';
import type { Evidence, InferredPart, NodeKind, RelationshipType } from '../../graphql/generated/graphql';
import { authMessages, type AuthMessageKey } from '../auth/messages';
import { editingMessages, type EditingMessageKey } from './messages';

export interface FieldChangeRow {
  field: string;
  before?: string | null;
  after?: string | null;
}

/** The id is the target's own, named in the record's label; a row of it would only show the code. */
const unshownFields = new Set(['id']);

function named<Key extends string>(names: Record<Key, Record<Language, string>>, value: string, language: Language): string {
  return (names as Record<string, Record<Language, string> | undefined>)[value]?.[language] ?? value;
}

/** A stored value in the reader's words: vocabularies by name, sources by how they are cited, other nodes by name when known. */
function valueOf(field: string, value: string, language: Language, names: ReadonlyMap<string, string>): ReactNode {
  if (field === 'evidence') return named<Evidence>(evidenceNames, value, language);
  if (field === 'kind') return named<NodeKind>(kindNames, value, language);
  if (field === 'type') return named<RelationshipType>(relationshipNames, value, language);
  if (field === 'source' || field === 'dateSource') return <SourceName sourceId={value} />;
  if (field === 'inferred') return value.split(';').map((part) => named<InferredPart>(inferredNames, part, language)).join('; ');
  if (field === 'from' || field === 'to' || field === 'goalAreas') return value.split(';').map((id) => names.get(id) ?? id).join('; ');
  return propertyValueName(field, value, language);
}

/** Field by field, what a change does (or did): the preview before saving and the audit feed both use it. */
export interface ChangeTableProps {
  changes: readonly FieldChangeRow[];
  testId?: string;
  /** Names of the nodes the change names by id (a link's ends, its goal areas). */
  names?: ReadonlyMap<string, string>;
  /** Fields left out because the table's caller names them already (an audit record's label names a link's ends). */
  namedElsewhere?: readonly string[];
  /** The change is to an account, whose role is an account role, not a membership's. */
  account?: boolean;
}

const accountRoleKeys: Record<string, AuthMessageKey> = { viewer: 'roleViewer', editor: 'roleEditor', admin: 'roleAdmin' };

export function ChangeTable({ changes, testId, names = new Map(), namedElsewhere = [], account = false }: ChangeTableProps) {
  const { t, language } = useMessages(editingMessages);
  const { t: auth } = useMessages(authMessages);
  const shown = changes.filter((change) => !unshownFields.has(change.field) && !namedElsewhere.includes(change.field));
  if (shown.length === 0) return <p className="muted">{t('nothingChanges')}</p>;
  const label = (field: string) => (field in editingMessages.sv ? t(field as EditingMessageKey) : (propertyNames[field]?.[language] ?? field));
  const cell = (field: string, value: string | null | undefined) => {
    if (value === null || value === undefined) return '–';
    const accountRole = account && field === 'role' ? accountRoleKeys[value] : undefined;
    return accountRole === undefined ? valueOf(field, value, language, names) : auth(accountRole);
  };
  return (
    <table className="change-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('field')}</th>
          <th scope="col">{t('before')}</th>
          <th scope="col">{t('after')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((change) => (
          <tr key={change.field} data-field={change.field}>
            <th scope="row">{label(change.field)}</th>
            <td className="before">{cell(change.field, change.before)}</td>
            <td className="after">{cell(change.field, change.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
