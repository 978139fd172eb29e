import type { Choice } from './options';

export interface GoalAreaPickerProps {
  choices: readonly Choice[];
  /** The chosen ids as the form keeps them, separated by ";". */
  value: string;
  label: string;
  onChange: (value: string) => void;
}

/** The goal areas a link addresses, ticked by name: no id is ever typed. */
export function GoalAreaPicker({ choices, value, label, onChange }: GoalAreaPickerProps) {
  const chosen = value.split(';').map((id) => id.trim()).filter((id) => id !== '');
  const toggle = (id: string) => onChange((chosen.includes(id) ? chosen.filter((other) => other !== id) : [...chosen, id]).join(';'));
  return (
    <fieldset className="form-field goal-areas" data-testid="field-goalAreas">
      <legend>{label}</legend>
      {choices.map((choice) => (
        <label key={choice.id}>
          <input type="checkbox" checked={chosen.includes(choice.id)} onChange={() => toggle(choice.id)} data-testid={`goal-area-${choice.id}`} /> {choice.name}
        </label>
      ))}
    </fieldset>
  );
}
