const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * The first thing in value that JSON would reject (a BigInt, a cycle) or silently turn into
 * something else that loses data (a function or symbol dropped, a Map or Set written as {}),
 * said with its path, e.g. "args[0].user.callback is a function"; "" when value survives a JSON
 * round trip as JSON defines it (a Date arrives as its ISO string, undefined properties vanish).
 * It follows JSON.stringify: toJSON is applied and only own enumerable string keys are visited.
 * The backend checks what server code returns by the same rules.
 */
export function jsonProblem(value: unknown, path: string): string {
  return walk(value, path, "", new Set());
}

function walk(value: unknown, path: string, key: string, ancestors: Set<object>): string {
  if (isObject(value) && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    try {
      value = (value as { toJSON(key: string): unknown }).toJSON(key);
    } catch (error) {
      return `${path}.toJSON() threw: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  switch (typeof value) {
    case "bigint":
      return `${path} is a BigInt (${value}n)`;
    case "symbol":
      return `${path} is a symbol`;
    case "function":
      return `${path} is a function`;
  }
  if (!isObject(value)) return "";
  const lossy = collection(value);
  if (lossy) return `${path} is ${lossy}, which JSON turns into {}`;
  if (ancestors.has(value)) return `${path} refers back to an object that contains it (a cycle)`;
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const problem = walk(value[i], `${path}[${i}]`, String(i), ancestors);
        if (problem) return problem;
      }
      return "";
    }
    for (const [k, v] of Object.entries(value)) {
      const sub = identifier.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`;
      const problem = walk(v, sub, k, ancestors);
      if (problem) return problem;
    }
    return "";
  } finally {
    ancestors.delete(value);
  }
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

function collection(value: object): string {
  if (value instanceof Map) return "a Map";
  if (value instanceof Set) return "a Set";
  if (value instanceof WeakMap) return "a WeakMap";
  if (value instanceof WeakSet) return "a WeakSet";
  return "";
}
