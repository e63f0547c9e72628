import { isValidElement, type ReactNode } from "react";
import { useSurfaceScope } from "../../surfaceScope";
import { flatChildren } from "../components/childRules";
import { usePropWarning } from "../components/hostHooks";
import type { FormState } from "./formState";

export interface FormProps {
  onSubmit: (values: Record<string, unknown>) => void | Promise<void>;
  children?: ReactNode;
}

/** The form's root: its onSubmit runs, under the surface's call, only with valid values. */
export function Form({ form, onSubmit, children }: FormProps & { form: FormState }) {
  const buttons = flatChildren(children).filter(
    (child) => isValidElement(child) && (child.type as { submitsForm?: boolean }).submitsForm,
  ).length;
  usePropWarning(
    buttons === 1
      ? null
      : `A <Form> holds exactly one <SubmitButton> as a direct child, as Attio's lint rule ` +
          `requires; this one has ${buttons === 0 ? "none" : buttons}.`,
    `form-submit-buttons:${buttons}`,
  );
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
