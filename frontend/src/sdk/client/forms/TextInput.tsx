import { useId, type KeyboardEvent } from "react";
import { Field, useField } from "./Field";
import type { FormState } from "./formState";

export interface TextInputProps {
  label: string;
  name: string;
  type?: "text" | "email" | "password" | "tel" | "url";
  placeholder?: string;
  disabled?: boolean;
}

/** A string field: one line, or a textarea when the schema says `.multiline()`. */
export function TextInput({ form, ...props }: TextInputProps & { form: FormState }) {
  const { label, name, type = "text", placeholder, disabled = false } = props;
  const field = useField(form, name, ["string"], "TextInput");
  const id = useId();
  const common = {
    id,
    name,
    className: "sdk-input",
    placeholder,
    disabled: disabled || field.submitting,
    value: field.value === null || field.value === undefined ? "" : String(field.value),
    "aria-invalid": field.error ? true : undefined,
    onBlur: field.touch,
  };
  const submitOnEnter = (event: KeyboardEvent) => {
    if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void form.submit();
  };
  return (
    <Field label={label} inputId={id} error={field.error}>
      {field.spec.multiline ? (
        <textarea {...common} rows={4} onChange={(event) => field.set(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          onChange={(event) => field.set(event.target.value)}
          onKeyDown={submitOnEnter}
        />
      )}
    </Field>
  );
}
