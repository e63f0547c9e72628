import type { ReactNode } from "react";
import { useSurfaceScope } from "../../surfaceScope";
import type { FormState } from "./formState";

export interface FormProps {
  onSubmit: (values: Record<string, unknown>) => void | Promise<void>;
  children?: ReactNode;
}

/** The form's root: its onSubmit runs, under the surface's call, only with valid values. */
export function Form({ form, onSubmit, children }: FormProps & { form: FormState }) {
  const scope = useSurfaceScope();
  form.onSubmit = onSubmit;
  form.scope = scope;
  return (
    <form
      className="sdk-form"
      noValidate
      onSubmit={(event) => {
        // Enter in a text input submits through the form state; the browser's own submit of a
        // one-field form must not submit twice.
        event.preventDefault();
      }}
    >
      {children}
    </form>
  );
}
