import { useState } from 'react';
import { useMessages } from '../../core/i18n/useLanguage';
import { FormActions } from './FormActions';
import { FormField } from './FormField';
import type { FormErrors, FormValues } from './formModel';
import type { Edit } from '../../core/editing/editRequests';
import { editingMessages } from './messages';
import { sourceOptions, type Vocabulary } from './options';

export interface TargetRef {
  target: 'node' | 'link';
  id: string;
  version: number;
  validFrom: string | null;
}

/** Ends a node or link (its last valid day, with the source that says so): history stays readable. */
export function EndForm({ target, vocabulary, canEdit, onSaved, onCancel }: { target: TargetRef; vocabulary: Vocabulary; canEdit: boolean; onSaved: () => void; onCancel: () => void }) {
  const { t } = useMessages(editingMessages);
  const [values, setValues] = useState<FormValues>({ source: 'sou-2007-104' });
  const [errors, setErrors] = useState<FormErrors>({});
  const change = (field: string, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const edit = (): Edit | null => {
    const found: FormErrors = {};
    for (const field of ['validTo', 'source', 'locator']) if ((values[field] ?? '').trim() === '') found[field] = 'required';
    if (target.validFrom !== null && (values['validTo'] ?? '') !== '' && (values['validTo'] ?? '') < target.validFrom) found['validTo'] = 'datesOrder';
    setErrors(found);
    if (Object.keys(found).length > 0) return null;
    const input = { id: target.id, expectedVersion: target.version, validTo: values['validTo'] ?? '', source: values['source'] ?? '', locator: (values['locator'] ?? '').trim() };
    return target.target === 'node' ? { operation: 'endNode', input } : { operation: 'endLink', input };
  };

  return (
    <form className="edit-form" data-testid="end-form" onSubmit={(event) => event.preventDefault()}>
      <FormField field="validTo" label={t('endDate')} type="date" values={values} errors={errors} onChange={change} required />
      <FormField field="source" label={t('source')} options={sourceOptions(vocabulary)} values={values} errors={errors} onChange={change} required />
      <FormField field="locator" label={t('locator')} values={values} errors={errors} onChange={change} required />
      <FormActions
        edit={edit}
        canEdit={canEdit}
        proposalSource={{ source: values['source'] ?? '', locator: values['locator'] ?? '' }}
        localPreview={() => [{ field: 'validTo', before: null, after: values['validTo'] ?? null }]}
        onSaved={onSaved}
        onCancel={onCancel}
        saveLabel={t('end')}
      />
    </form>
  );
}

/** Admins only: removes a node (with its links) or a link for good, recorded like any change. */
export function DeleteForm({ target, onSaved, onCancel }: { target: TargetRef; onSaved: () => void; onCancel: () => void }) {
  const { t } = useMessages(editingMessages);
  const input = { id: target.id, expectedVersion: target.version };
  return (
    <div className="edit-form" data-testid="delete-form">
      <p className="form-warning">{t('deleteWarning')}</p>
      <FormActions
        edit={() => (target.target === 'node' ? { operation: 'deleteNode', input } : { operation: 'deleteLink', input })}
        canEdit
        proposalSource={{ source: '', locator: '' }}
        localPreview={() => []}
        onSaved={onSaved}
        onCancel={onCancel}
        danger
        saveLabel={t('confirmDelete')}
      />
    </div>
  );
}
