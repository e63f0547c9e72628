import { useId } from "react";
import { Field, useField } from "./Field";
import type { FormState } from "./formState";

export interface BooleanInputProps {
  label: string;
  name: string;
  /** Toggle only: a line of text under the label. */
  description?: string;
  disabled?: boolean;
}

/** A boolean field as a checkbox, its label on the right. */
export function Checkbox({ form, label, name, disabled }: BooleanInputProps & { form: FormState }) {
  const field = useField(form, name, ["boolean"], "Checkbox");
  const id = useId();
  return (
    <Field inline error={field.error}>
      <label className="sdk-check" htmlFor={id}>
        <input
          id={id}
          name={name}
          type="checkbox"
          checked={Boolean(field.value)}
          disabled={disabled || field.submitting}
          onChange={(event) => {
            field.set(event.target.checked);
            field.touch();
          }}
        />
        <span>{label}</span>
      </label>
    </Field>
  );
}

/** A boolean field as a switch. */
export function Toggle({ form, ...props }: BooleanInputProps & { form: FormState }) {
  const { label, name, description, disabled } = props;
  const field = useField(form, name, ["boolean"], "Toggle");
  const on = Boolean(field.value);
  return (
    <Field inline error={field.error}>
      <div className="sdk-toggle-row">
        <button
          type="button"
          role="switch"
          name={name}
          aria-checked={on}
          aria-label={label}
          className={`sdk-toggle${on ? " sdk-toggle--on" : ""}`}
          disabled={disabled || field.submitting}
          onClick={() => {
            field.set(!on);
            field.touch();
          }}
        >
          <span className="sdk-toggle__knob" />
        </button>
        <span className="sdk-toggle-row__text">
          <span>{label}</span>
          {description && <span className="sdk-toggle-row__description">{description}</span>}
        </span>
      </div>
    </Field>
  );
}
