/** Pretty JSON for people: undefined, functions and cycles shown instead of thrown. */
export function formatJson(value: unknown, indent = 2): string {
  if (value === undefined) return "undefined";
  const seen = new WeakSet<object>();
  try {
    return (
      JSON.stringify(
        value,
        (_key, inner: unknown) => {
          if (typeof inner === "function") return `[function ${inner.name || "anonymous"}]`;
          if (typeof inner === "bigint") return `${inner}n`;
          if (inner && typeof inner === "object") {
            if (seen.has(inner)) return "[circular]";
            seen.add(inner);
          }
          return inner;
        },
        indent,
      ) ?? String(value)
    );
  } catch {
    return String(value);
  }
}

/** One-line JSON cut to max characters, for lists. */
export function shortJson(value: unknown, max = 80): string {
  if (value === undefined) return "";
  const text = formatJson(value, 0);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
