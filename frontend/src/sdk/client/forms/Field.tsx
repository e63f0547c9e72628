import type { ReactNode } from "react";
import { AttioComponentError } from "../components/childRules";
import { useFormSlice, type FormState } from "./formState";
import { fieldAt, getAt } from "./paths";
import type { FormKind, FormSpec } from "./schema";
import "./forms.css";

export interface BoundField {
  spec: FormSpec;
  value: unknown;
  error: string | undefined;
  submitting: boolean;
  set: (value: unknown) => void;
  touch: () => void;
}

const builderName = (kind: FormKind) => `Forms.${kind}()`;

/** Binds an input to the field its name names, refusing names the schema does not have. */
export function useField(
  form: FormState,
  path: string,
  kinds: FormKind[],
  component: string,
): BoundField {
  const field = fieldAt(form.schema, path);
  if (!field) {
    throw new AttioComponentError(
      `<${component} name="${path}"> names no field of the form's schema.`,
    );
  }
  if (!kinds.includes(field.spec.kind)) {
    throw new AttioComponentError(
      `<${component} name="${path}"> needs a ${kinds.map(builderName).join(" or ")} field, ` +
        `but "${path}" is ${builderName(field.spec.kind)}.`,
    );
  }
  const value = useFormSlice(form, (snapshot) => getAt(snapshot.input, path));
  const error = useFormSlice(form, (snapshot) => form.errorFor(snapshot, path));
  const submitting = useFormSlice(form, (snapshot) => snapshot.submitting);
  return {
    spec: field.spec,
    value,
    error,
    submitting,
    set: (next) => form.change(path, next),
    touch: () => form.touch(path),
  };
}

interface FieldProps {
  label?: string;
  inputId?: string;
  error?: string;
  /** Checkbox and toggle labels sit to the right of the control. */
  inline?: boolean;
  children: ReactNode;
}

/** A form field: its label, the control, and the validation message under it. */
export function Field({ label, inputId, error, inline = false, children }: FieldProps) {
  return (
    <div
      className={`sdk-field${inline ? " sdk-field--inline" : ""}${error ? " sdk-field--invalid" : ""}`}
    >
      {label && !inline && (
        <label className="sdk-field__label" htmlFor={inputId}>
          {label}
        </label>
      )}
      {children}
      {error && (
        <p className="sdk-field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
