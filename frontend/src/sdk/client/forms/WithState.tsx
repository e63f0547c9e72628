import type { ReactNode } from "react";
import { AttioComponentError } from "../components/childRules";
import { useFormSlice, type FormState } from "./formState";
import type { ErrorTree } from "./validate";

export interface WithStateProps {
  values?: boolean;
  submitting?: boolean;
  errors?: boolean;
  children: (state: { values?: unknown; submitting?: boolean; errors?: ErrorTree }) => ReactNode;
}

const none = () => undefined;

/** Renders its child function with the parts of the form's state it asked for, live. */
export function WithState({ form, ...props }: WithStateProps & { form: FormState }) {
  const values = useFormSlice(form, props.values ? (s) => s.validation.values : none);
  const submitting = useFormSlice(form, props.submitting ? (s) => s.submitting : none);
  const errors = useFormSlice(form, props.errors ? (s) => s.validation.errors : none);
  if (typeof props.children !== "function") {
    throw new AttioComponentError("<WithState> takes a function as its child.");
  }
  const state: { values?: unknown; submitting?: boolean; errors?: ErrorTree } = {};
  if (props.values) state.values = values;
  if (props.submitting) state.submitting = submitting;
  if (props.errors) state.errors = errors ?? {};
  return <>{props.children(state)}</>;
}
