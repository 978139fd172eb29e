import type { ImportFieldsQuery, ImportTableKind, ImportUploadQuery } from '../../graphql/generated/graphql';
import { useMessages } from '../../core/i18n/useLanguage';
import { importMessages } from './messages';

export type TableMapping = { name: string; kind: ImportTableKind | null; columns: { column: string; field: string | null }[] };
type FieldSets = ImportFieldsQuery['importFields'];

export function mappingsOf(upload: NonNullable<ImportUploadQuery['importUpload']>): TableMapping[] {
  return upload.tables.map((table) => ({
    name: table.name,
    kind: table.kind ?? null,
    columns: table.columns.map((column) => ({ column: column.column, field: column.field ?? null })),
  }));
}

/** Required fields of the table's kind that no column is mapped to. */
export function missingFields(mapping: TableMapping, fieldSets: FieldSets): string[] {
  const set = fieldSets.find((candidate) => candidate.kind === mapping.kind);
  if (set === undefined) return [];
  const mapped = new Set(mapping.columns.map((column) => column.field));
  return set.required.filter((field) => !mapped.has(field));
}

/** The mapping step: which kind each table holds and which field each column is read as. */
export function MappingTable({ mappings, rowCounts, fieldSets, onChange }: { mappings: TableMapping[]; rowCounts: Record<string, number>; fieldSets: FieldSets; onChange: (next: TableMapping[]) => void }) {
  const { t } = useMessages(importMessages);
  const update = (index: number, next: TableMapping) => onChange(mappings.map((mapping, at) => (at === index ? next : mapping)));
  return (
    <div className="mapping" data-testid="import-mapping">
      <p className="muted">{t('mappingHint')}</p>
      {mappings.map((mapping, index) => {
        const set = fieldSets.find((candidate) => candidate.kind === mapping.kind);
        const fields = set === undefined ? [] : [...set.required, ...set.optional];
        const missing = missingFields(mapping, fieldSets);
        return (
          <fieldset key={mapping.name} className="mapping-table">
            <legend>
              {t('table')} <strong>{mapping.name}</strong> ({rowCounts[mapping.name] ?? 0} {t('rows')})
            </legend>
            <label>
              {t('tableKind')}{' '}
              <select
                value={mapping.kind ?? ''}
                data-testid={`mapping-kind-${mapping.name}`}
                onChange={(event) => update(index, { ...mapping, kind: event.target.value === '' ? null : (event.target.value as ImportTableKind) })}
              >
                <option value="">{t('skipTable')}</option>
                <option value="sources">{t('sources')}</option>
                <option value="nodes">{t('nodes')}</option>
                <option value="links">{t('links')}</option>
              </select>
            </label>
            {mapping.kind === null ? null : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('column')}</th>
                    <th scope="col">{t('field')}</th>
                  </tr>
                </thead>
                <tbody>
                  {mapping.columns.map((column, columnIndex) => (
                    <tr key={column.column}>
                      <th scope="row">{column.column}</th>
                      <td>
                        <select
                          value={column.field ?? ''}
                          aria-label={`${t('field')}: ${column.column}`}
                          onChange={(event) =>
                            update(index, {
                              ...mapping,
                              columns: mapping.columns.map((other, at) => (at === columnIndex ? { ...other, field: event.target.value === '' ? null : event.target.value } : other)),
                            })
                          }
                        >
                          <option value="">{t('ignore')}</option>
                          {fields.map((field) => (
                            <option key={field} value={field}>
                              {field}
                              {set?.required.includes(field) === true ? ' *' : ''}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {missing.length > 0 ? (
              <p className="form-error">
                {t('missingRequired')}: {missing.join(', ')}
              </p>
            ) : null}
          </fieldset>
        );
      })}
    </div>
  );
}
