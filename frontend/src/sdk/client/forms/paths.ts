import { isFormValue, type FormNode, type FormSchema, type FormValue } from "./schema";

/** A field path as apps write it: "name", "address.street", "addresses.0.street". */
export function splitPath(path: string): string[] {
  return String(path)
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter((part) => part !== "");
}

export function getAt(source: unknown, path: string): unknown {
  let current = source;
  for (const part of splitPath(path)) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** A copy of source with value at path; containers on the way are copied, not changed. */
export function setAt<T>(source: T, path: string, value: unknown): T {
  const parts = splitPath(path);
  const put = (container: unknown, index: number): unknown => {
    if (index === parts.length) return value;
    const key = parts[index]!;
    const numeric = /^\d+$/.test(key);
    const base =
      container !== null && typeof container === "object" ? container : numeric ? [] : {};
    const copy = (Array.isArray(base) ? [...base] : { ...base }) as Record<string, unknown>;
    copy[key] = put(copy[key], index + 1);
    return copy;
  };
  return put(source, 0) as T;
}

/** The schema value a path names, or null when the schema has no such field. */
export function fieldAt(schema: FormSchema, path: string): FormValue | null {
  let node: FormNode | undefined = schema;
  for (const part of splitPath(path)) {
    if (node === undefined) return null;
    if (isFormValue(node)) {
      if (node.spec.kind !== "array" || !/^\d+$/.test(part)) return null;
      node = node.spec.element;
      continue;
    }
    node = Object.hasOwn(node, part) ? node[part] : undefined;
  }
  return node !== undefined && isFormValue(node) ? node : null;
}
