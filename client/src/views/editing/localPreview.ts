import type { FieldChangeRow } from './ChangeTable';
import type { FormValues } from './formModel';

/** What a form changes compared with where it started, for a viewer's proposal (no server dry run). */
export function localPreview(original: FormValues, values: FormValues): FieldChangeRow[] {
  return [...new Set([...Object.keys(original), ...Object.keys(values)])]
    .map((field) => ({ field, before: (original[field] ?? '').trim() || null, after: (values[field] ?? '').trim() || null }))
    .filter((change) => change.before !== change.after);
}
