import { useId } from "react";
import { Field, useField } from "./Field";
import type { FormState } from "./formState";

export interface DateInputProps {
  label: string;
  name: string;
  placeholder?: string;
  disabled?: boolean;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A Date as a datetime-local input shows it: in the user's time zone, to the minute. */
export function toLocalInput(value: unknown): string {
  const date = value instanceof Date ? value : typeof value === "string" ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return "";
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** A Forms.dateTime() field: the app receives a Date. */
export function DateTimeInput({ form, ...props }: DateInputProps & { form: FormState }) {
  const { label, name, placeholder, disabled } = props;
  const field = useField(form, name, ["dateTime"], "DateTimeInput");
  const id = useId();
  return (
    <Field label={label} inputId={id} error={field.error}>
      <input
        id={id}
        name={name}
        className="sdk-input"
        type="datetime-local"
        placeholder={placeholder}
        disabled={disabled || field.submitting}
        value={toLocalInput(field.value)}
        onChange={(event) =>
          field.set(event.target.value ? new Date(event.target.value) : undefined)
        }
        onBlur={field.touch}
      />
    </Field>
  );
}

/** A Forms.plainDate() field: the app receives "YYYY-MM-DD". */
export function PlainDateInput({ form, ...props }: DateInputProps & { form: FormState }) {
  const { label, name, placeholder, disabled } = props;
  const field = useField(form, name, ["plainDate"], "PlainDateInput");
  const id = useId();
  return (
    <Field label={label} inputId={id} error={field.error}>
      <input
        id={id}
        name={name}
        className="sdk-input"
        type="date"
        placeholder={placeholder}
        disabled={disabled || field.submitting}
        value={typeof field.value === "string" ? field.value : ""}
        onChange={(event) => field.set(event.target.value || undefined)}
        onBlur={field.touch}
      />
    </Field>
  );
}
