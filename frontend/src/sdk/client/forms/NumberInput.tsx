import { useId } from "react";
import { Field, useField } from "./Field";
import type { FormState } from "./formState";

export interface NumberInputProps {
  label: string;
  name: string;
  placeholder?: string;
  disabled?: boolean;
}

/** A number field; what the user types is kept as typed until it parses. */
export function NumberInput({ form, ...props }: NumberInputProps & { form: FormState }) {
  const { label, name, placeholder, disabled = false } = props;
  const field = useField(form, name, ["number"], "NumberInput");
  const id = useId();
  return (
    <Field label={label} inputId={id} error={field.error}>
      <input
        id={id}
        name={name}
        className="sdk-input"
        type="text"
        inputMode="decimal"
        placeholder={placeholder}
        disabled={disabled || field.submitting}
        aria-invalid={field.error ? true : undefined}
        value={field.value === null || field.value === undefined ? "" : String(field.value)}
        onChange={(event) => {
          const text = event.target.value;
          const number = Number(text);
          field.set(
            text.trim() !== "" && Number.isFinite(number) && String(number) === text
              ? number
              : text,
          );
        }}
        onBlur={field.touch}
        onKeyDown={(event) => {
          if (event.key !== "Enter") return;
          event.preventDefault();
          void form.submit();
        }}
      />
    </Field>
  );
}
