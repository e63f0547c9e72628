import { parseScalar } from "./parse";
import { isFormValue, type FormNode, type FormSchema } from "./schema";

/** Error messages shaped like the values: a string per failing field, arrays per element. */
export type ErrorTree = string | undefined | ErrorTree[] | { [key: string]: ErrorTree };

export type CustomValidate = (values: Record<string, unknown>) => unknown;

export interface Validation {
  /** What onSubmit receives: parsed values, defaults applied, URLs normalized. */
  values: Record<string, unknown>;
  errors: ErrorTree;
  valid: boolean;
}

interface Walked {
  value: unknown;
  error: ErrorTree;
}

function walk(node: FormNode, raw: unknown): Walked {
  if (!isFormValue(node)) return walkObject(node, raw);
  const spec = node.spec;
  if (spec.kind !== "array") {
    const parsed = parseScalar(spec, raw);
    return parsed.error !== undefined
      ? { value: raw, error: parsed.error }
      : { value: parsed.value, error: undefined };
  }
  if (!Array.isArray(raw)) {
    return { value: spec.optional && raw == null ? undefined : [], error: undefined };
  }
  const element = spec.element ?? {};
  const items = raw.map((item) => walk(element, item));
  const failed = items.some((item) => hasError(item.error));
  return {
    value: items.map((item) => item.value),
    error: failed ? items.map((i) => i.error) : undefined,
  };
}

function walkObject(schema: FormSchema, raw: unknown): Walked {
  const source = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const value: Record<string, unknown> = {};
  const error: Record<string, ErrorTree> = {};
  for (const [key, node] of Object.entries(schema)) {
    const walked = walk(node, source[key]);
    value[key] = walked.value;
    if (hasError(walked.error)) error[key] = walked.error;
  }
  return { value, error: Object.keys(error).length > 0 ? error : undefined };
}

export function hasError(error: ErrorTree): boolean {
  if (typeof error === "string") return error !== "";
  if (Array.isArray(error)) return error.some(hasError);
  if (error && typeof error === "object") return Object.values(error).some(hasError);
  return false;
}

/** The app's own errors with the schema's laid over them: the schema's message wins. */
function merge(custom: unknown, schema: ErrorTree): ErrorTree {
  if (typeof schema === "string") return schema;
  if (typeof custom === "string") return schema === undefined ? custom : schema;
  if (custom === null || typeof custom !== "object") return schema;
  const list = Array.isArray(custom) || Array.isArray(schema);
  const result = (list ? [] : {}) as Record<string, ErrorTree>;
  const keys = new Set([...Object.keys(custom), ...Object.keys(schema ?? {})]);
  for (const key of keys) {
    const inner = merge(
      (custom as Record<string, unknown>)[key],
      (schema as Record<string, ErrorTree> | undefined)?.[key],
    );
    if (hasError(inner)) result[key] = inner;
  }
  return result;
}

/** Validates the form's current input against its schema and the app's validate function. */
export function validateForm(
  schema: FormSchema,
  raw: Record<string, unknown>,
  custom?: CustomValidate,
): Validation {
  const walked = walkObject(schema, raw);
  const values = walked.value as Record<string, unknown>;
  const errors = custom ? merge(custom(values), walked.error) : walked.error;
  return { values, errors, valid: !hasError(errors) };
}
