import { useState } from 'react';
import type { NodeKind, RelationshipType } from '../../graphql/generated/graphql';
import { useMessages } from '../../core/i18n/useLanguage';
import { FormActions } from './FormActions';
import { FormField } from './FormField';
import { allowedLinkTypes, emptyLink, linkChanges, newLinkInput, validateLinkForm, type FormErrors, type FormValues } from './formModel';
import type { Edit } from '../../core/editing/editRequests';
import { localPreview } from './localPreview';
import { editingMessages } from './messages';
import { GoalAreaPicker } from './GoalAreaPicker';
import { evidenceOptions, sourceOptions, typeOptions, type Choice, type Vocabulary } from './options';

export interface LinkEnd {
  id: string;
  name: string;
  kind: NodeKind;
}

export interface LinkFormProps {
  /** The link as stored, or null to draw a new one between `ends`. */
  original: FormValues | null;
  version: number;
  ends: { from: LinkEnd; to: LinkEnd };
  vocabulary: Vocabulary;
  goalAreas: readonly Choice[];
  canEdit: boolean;
  onSaved?: () => void;
  onCancel: () => void;
}

/** Draws a new link between two nodes (only the types whose ends fit are offered) or changes one. */
export function LinkForm({ original, version, ends, vocabulary, goalAreas, canEdit, onSaved, onCancel }: LinkFormProps) {
  const { t, language } = useMessages(editingMessages);
  const creating = original === null;
  const allowed: RelationshipType[] = allowedLinkTypes(vocabulary.linkRules, ends.from.kind, ends.to.kind);
  const [values, setValues] = useState<FormValues>(original ?? { ...emptyLink, type: allowed[0] ?? '' });
  const [errors, setErrors] = useState<FormErrors>({});
  const change = (field: string, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const withEnds = { ...values, from: ends.from.id, to: ends.to.id };

  const edit = (): Edit | null => {
    const found = validateLinkForm(withEnds, creating, allowed);
    setErrors(found);
    if (Object.keys(found).length > 0) return null;
    if (original === null) return { operation: 'createLink', input: newLinkInput(withEnds) };
    return { operation: 'changeLink', input: { id: original['id'] ?? '', expectedVersion: version, changes: linkChanges(original, values) } };
  };
  const field = (name: string, extra: Partial<Parameters<typeof FormField>[0]> = {}) => (
    <FormField field={name} label={t(name as Parameters<typeof t>[0])} values={values} errors={errors} onChange={change} {...extra} />
  );

  return (
    <form className="edit-form" data-testid="link-form" onSubmit={(event) => event.preventDefault()}>
      <p className="link-ends">
        <strong>{ends.from.name}</strong> → <strong>{ends.to.name}</strong>
      </p>
      {creating && allowed.length === 0 ? <p className="form-error">{t('noLinkType')}</p> : null}
      {creating ? field('type', { options: typeOptions(allowed, language), required: true }) : null}
      {field('evidence', { options: evidenceOptions(language), required: true })}
      {field('source', { options: sourceOptions(vocabulary), required: true })}
      {field('locator', { required: true })}
      {field('validFrom', { type: 'date' })}
      {field('validTo', { type: 'date' })}
      {field('role')}
      {field('form')}
      <GoalAreaPicker choices={goalAreas} value={values['goalAreas'] ?? ''} label={t('goalAreas')} onChange={(value) => change('goalAreas', value)} />
      {field('task')}
      {field('note')}
      <FormActions
        edit={edit}
        canEdit={canEdit}
        proposalSource={{ source: values['source'] ?? '', locator: values['locator'] ?? '' }}
        names={new Map([...[ends.from, ends.to, ...goalAreas].map((end): [string, string] => [end.id, end.name])])}
        localPreview={() => localPreview(original ?? {}, creating ? withEnds : values)}
        onSaved={onSaved}
        onCancel={onCancel}
      />
    </form>
  );
}
