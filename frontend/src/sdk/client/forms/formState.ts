import { useSyncExternalStore } from "react";
import type { SurfaceScope } from "../../surfaceScope";
import { getAt, setAt } from "./paths";
import type { FormSchema } from "./schema";
import {
  hasError,
  validateForm,
  type CustomValidate,
  type ErrorTree,
  type Validation,
} from "./validate";

export interface FormSnapshot {
  /** What the inputs hold, before parsing. */
  input: Record<string, unknown>;
  validation: Validation;
  submitting: boolean;
  /** After a submit attempt every error shows; before, only those of fields the user left. */
  attempted: boolean;
  touched: ReadonlySet<string>;
}

type OnSubmit = (values: Record<string, unknown>) => unknown;

/**
 * The state of one useForm: input, validation, and submission. Inputs subscribe to the slices
 * they show; submit validates, and calls the Form's onSubmit only when the form is valid.
 */
export class FormState {
  private snapshot: FormSnapshot;
  private listeners = new Set<() => void>();
  validate?: CustomValidate;
  onSubmit?: OnSubmit;
  scope?: SurfaceScope;

  constructor(
    readonly schema: FormSchema,
    initialValues: Record<string, unknown>,
  ) {
    const input = { ...(initialValues ?? {}) };
    this.snapshot = {
      input,
      validation: validateForm(schema, input),
      submitting: false,
      attempted: false,
      touched: new Set(),
    };
  }

  get = () => this.snapshot;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private update(change: Partial<FormSnapshot>) {
    const next = { ...this.snapshot, ...change };
    if (change.input) next.validation = this.run(next.input);
    this.snapshot = next;
    this.listeners.forEach((listener) => listener());
  }

  private run(input: Record<string, unknown>): Validation {
    try {
      return validateForm(this.schema, input, this.validate);
    } catch (error) {
      this.scope?.report(error);
      return validateForm(this.schema, input);
    }
  }

  change = (path: string, value: unknown) => {
    this.update({ input: setAt(this.snapshot.input, path, value) });
  };

  touch = (path: string) => {
    if (this.snapshot.touched.has(path)) return;
    this.update({ touched: new Set(this.snapshot.touched).add(path) });
  };

  /** The message to show under a field now, if any. */
  errorFor(snapshot: FormSnapshot, path: string): string | undefined {
    if (!snapshot.attempted && !snapshot.touched.has(path)) return undefined;
    const error = getAt(snapshot.validation.errors, path) as ErrorTree;
    return typeof error === "string" && error !== "" ? error : undefined;
  }

  /** Validates and, when valid, runs onSubmit; `submitting` holds until its promise settles. */
  submit = async () => {
    if (this.snapshot.submitting) return;
    const validation = this.run(this.snapshot.input);
    this.update({ attempted: true, validation });
    if (!validation.valid || hasError(validation.errors) || !this.onSubmit) return;

    const onSubmit = this.onSubmit;
    const scope = this.scope;
    this.update({ submitting: true });
    try {
      await (scope ? scope.run(() => onSubmit(validation.values)) : onSubmit(validation.values));
    } catch (error) {
      scope?.report(error);
    } finally {
      this.update({ submitting: false });
    }
  };
}

/** Re-renders when the selected slice of the form's state changes. */
export function useFormSlice<T>(state: FormState, select: (snapshot: FormSnapshot) => T): T {
  return useSyncExternalStore(state.subscribe, () => select(state.get()));
}
