import { useState } from 'react';
import { useMessages } from '../../core/i18n/useLanguage';
import { FormActions } from './FormActions';
import { FormField } from './FormField';
import { emptyNode, kindFields, newNodeInput, nodeChanges, slugify, validateNodeForm, type FormErrors, type FormValues } from './formModel';
import type { Edit } from '../../core/editing/editRequests';
import { localPreview } from './localPreview';
import { editingMessages } from './messages';
import { namedOptions } from '../../core/graph/valueNames';
import { evidenceOptions, kindOptions, sourceOptions, type Vocabulary } from './options';

export interface NodeFormProps {
  /** The node as stored, or null to create one. */
  original: FormValues | null;
  version: number;
  vocabulary: Vocabulary;
  canEdit: boolean;
  onSaved?: () => void;
  onCancel: () => void;
}

/** Creates or changes an actor, body or other node: required source and locator, dates in order. */
export function NodeForm({ original, version, vocabulary, canEdit, onSaved, onCancel }: NodeFormProps) {
  const { t, language } = useMessages(editingMessages);
  const creating = original === null;
  const [values, setValues] = useState<FormValues>(original ?? emptyNode);
  const [errors, setErrors] = useState<FormErrors>({});
  const [idTouched, setIdTouched] = useState(false);

  const change = (field: string, value: string) => {
    if (field === 'id') setIdTouched(true);
    setValues((current) => ({ ...current, [field]: value, ...(creating && field === 'name' && !idTouched ? { id: slugify(value) } : {}) }));
  };
  const edit = (): Edit | null => {
    const found = validateNodeForm(values, creating);
    setErrors(found);
    if (Object.keys(found).length > 0) return null;
    if (original === null) return { operation: 'createNode', input: newNodeInput(values) };
    return { operation: 'changeNode', input: { id: original['id'] ?? '', expectedVersion: version, changes: nodeChanges(original, values) } };
  };
  const field = (name: string, extra: Partial<Parameters<typeof FormField>[0]> = {}) => (
    <FormField field={name} label={t(name as Parameters<typeof t>[0])} values={values} errors={errors} onChange={change} {...extra} />
  );
  const optionsFor = { bodyType: vocabulary.bodyTypes, agreementType: vocabulary.agreementTypes, level: vocabulary.agencyLevels };

  return (
    <form className="edit-form" data-testid="node-form" onSubmit={(event) => event.preventDefault()}>
      {creating ? field('kind', { options: kindOptions(language), required: true }) : null}
      {field('name', { required: true })}
      {creating ? field('id', { required: true }) : null}
      {field('nameEn')}
      {field('evidence', { options: evidenceOptions(language), required: true })}
      {field('source', { options: sourceOptions(vocabulary), required: true })}
      {field('locator', { required: true })}
      {field('validFrom', { type: 'date' })}
      {field('validTo', { type: 'date' })}
      {kindFields(values['kind'] ?? '').map((name) =>
        name === 'unitType' ? <div key={name}>{field(name)}</div> : <div key={name}>{field(name, { options: namedOptions(name, optionsFor[name], language) })}</div>,
      )}
      {field('code')}
      {field('description')}
      {field('note')}
      <FormActions
        edit={edit}
        canEdit={canEdit}
        proposalSource={{ source: values['source'] ?? '', locator: values['locator'] ?? '' }}
        localPreview={() => localPreview(original ?? {}, values)}
        onSaved={onSaved}
        onCancel={onCancel}
      />
    </form>
  );
}
