/** The kinds of form value the SDK's `Forms` builders make (attio-sdk.md §7.1). */
export type FormKind =
  "string" | "number" | "boolean" | "array" | "dateTime" | "plainDate" | "attioRecord";

export interface FormSpec {
  kind: FormKind;
  optional: boolean;
  /** Used when the user leaves the field empty; never shown as the initial value. */
  defaultValue?: unknown;
  multiline?: boolean;
  url?: { protocol: RegExp; message: string };
  minLength?: number;
  maxLength?: number;
  min?: { limit: number | Date; message?: string };
  max?: { limit: number | Date; message?: string };
  /** The objects an attioRecord value may come from; none means any. */
  objects?: string[];
  /** An array's element: one value, or a nested schema. */
  element?: FormNode;
}

export type FormSchema = { [key: string]: FormNode };
export type FormNode = FormValue | FormSchema;

/**
 * One value of a form schema. Builders are immutable: each modifier returns a new value, so a
 * schema shared between forms cannot be changed by one of them.
 */
export class FormValue {
  constructor(readonly spec: FormSpec) {}

  private with(change: Partial<FormSpec>): FormValue {
    return new FormValue({ ...this.spec, ...change });
  }

  optional() {
    return this.with({ optional: true });
  }

  default(value: unknown) {
    return this.with({ defaultValue: value });
  }

  multiline() {
    return this.with({ multiline: true });
  }

  url(options: { protocol?: RegExp; message?: string } = {}) {
    const protocol = options.protocol ?? /^https?$/;
    return this.with({ url: { protocol, message: options.message ?? "Must be a valid URL" } });
  }

  minLength(length: number) {
    return this.with({ minLength: length });
  }

  maxLength(length: number) {
    return this.with({ maxLength: length });
  }

  min(limit: number | Date, options: { message?: string } = {}) {
    return this.with({ min: { limit, message: options.message } });
  }

  max(limit: number | Date, options: { message?: string } = {}) {
    return this.with({ max: { limit, message: options.message } });
  }

  object(options: { slug: string | string[] }) {
    const slugs = Array.isArray(options?.slug) ? options.slug : [options?.slug];
    return this.with({ objects: slugs.filter((slug): slug is string => Boolean(slug)) });
  }
}

export function isFormValue(node: unknown): node is FormValue {
  return node instanceof FormValue;
}

const make = (kind: FormKind, extra: Partial<FormSpec> = {}) =>
  new FormValue({ kind, optional: false, ...extra });

/** The SDK's `Forms` namespace: every value is required until made optional. */
export const Forms = {
  string: () => make("string"),
  number: () => make("number"),
  boolean: () => make("boolean"),
  array: (element: FormNode) => make("array", { element }),
  dateTime: () => make("dateTime"),
  plainDate: () => make("plainDate"),
  attioRecord: () => make("attioRecord"),
};
