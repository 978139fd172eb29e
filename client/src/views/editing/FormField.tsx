import { useMessages } from '../../core/i18n/useLanguage';
import type { FormErrors, FormValues } from './formModel';
import { editingMessages } from './messages';

export interface FormFieldProps {
  field: string;
  label: string;
  values: FormValues;
  errors: FormErrors;
  onChange: (field: string, value: string) => void;
  type?: 'text' | 'date';
  /** A select instead of a text input. */
  options?: readonly { value: string; label: string; freeText?: boolean }[];
  required?: boolean;
  disabled?: boolean;
}

/** One labelled field with its error beside it; `data-testid="field-<name>"` for tests. */
export function FormField({ field, label, values, errors, onChange, type = 'text', options, required, disabled }: FormFieldProps) {
  const { t } = useMessages(editingMessages);
  const error = errors[field];
  const id = `edit-${field}`;
  const common = {
    id,
    name: field,
    value: values[field] ?? '',
    disabled,
    required,
    'aria-invalid': error !== undefined,
    'aria-describedby': error === undefined ? undefined : `${id}-error`,
    'data-testid': `field-${field}`,
  };
  return (
    <div className={error === undefined ? 'form-field' : 'form-field invalid'}>
      <label htmlFor={id}>
        {label}
        {required === true ? ' *' : ''}
      </label>
      {options === undefined ? (
        <input {...common} type={type} onChange={(event) => onChange(field, event.target.value)} />
      ) : (
        <select {...common} onChange={(event) => onChange(field, event.target.value)}>
          <option value="">{t('choose')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value} data-free-text={option.freeText}>
              {option.label}
            </option>
          ))}
        </select>
      )}
      {error === undefined ? null : (
        <span id={`${id}-error`} className="field-error">
          {t(error)}
        </span>
      )}
    </div>
  );
}
