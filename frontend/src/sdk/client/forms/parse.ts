import type { FormSpec } from "./schema";

/** A field's value as the app's onSubmit receives it, or the message saying why it cannot be. */
export type Parsed = { value: unknown; error?: undefined } | { value?: undefined; error: string };

export const messages = {
  required: "Required",
  notNumber: "Must be a number",
  notDate: "Must be a valid date",
  notDateTime: "Must be a valid date and time",
  minLength: (n: number) => `Must be at least ${n} ${n === 1 ? "character" : "characters"}`,
  maxLength: (n: number) => `Must be at most ${n} ${n === 1 ? "character" : "characters"}`,
  min: (n: number) => `Must be at least ${n}`,
  max: (n: number) => `Must be at most ${n}`,
  earliest: (date: Date) => `Must be on or after ${date.toLocaleString()}`,
  latest: (date: Date) => `Must be on or before ${date.toLocaleString()}`,
  object: (slugs: string[]) => `Must be a record of ${slugs.join(" or ")}`,
};

const ok = (value: unknown): Parsed => ({ value });
const fail = (error: string): Parsed => ({ error });

/** An empty field: the default if there is one, nothing if optional, else "Required". */
function empty(spec: FormSpec): Parsed {
  if (spec.defaultValue !== undefined) return ok(spec.defaultValue);
  return spec.optional ? ok(undefined) : fail(messages.required);
}

/**
 * Normalizes a URL the way Attio's form does: "attio.com" is read as "https://attio.com". The
 * result must parse, have a host with a dot (or be localhost), and a scheme the protocol allows.
 */
export function normalizeUrl(text: string, protocol: RegExp): string | null {
  const trimmed = text.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  const scheme = url.protocol.replace(/:$/, "");
  const host = url.hostname;
  if (!protocol.test(scheme) || !(host.includes(".") || host === "localhost")) return null;
  if (host.startsWith(".") || host.endsWith(".") || /\s/.test(trimmed)) return null;
  return withScheme;
}

function parseString(spec: FormSpec, raw: unknown): Parsed {
  const text = raw === null || raw === undefined ? "" : String(raw);
  if (text.trim() === "") return empty(spec);
  let value = text;
  if (spec.url) {
    const url = normalizeUrl(text, spec.url.protocol);
    if (url === null) return fail(spec.url.message);
    value = url;
  }
  if (spec.minLength !== undefined && value.length < spec.minLength) {
    return fail(messages.minLength(spec.minLength));
  }
  if (spec.maxLength !== undefined && value.length > spec.maxLength) {
    return fail(messages.maxLength(spec.maxLength));
  }
  return ok(value);
}

function parseNumber(spec: FormSpec, raw: unknown): Parsed {
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) {
    return empty(spec);
  }
  const value = typeof raw === "number" ? raw : Number(String(raw).trim());
  if (!Number.isFinite(value)) return fail(messages.notNumber);
  const { min, max } = spec;
  if (min && value < Number(min.limit)) return fail(min.message ?? messages.min(Number(min.limit)));
  if (max && value > Number(max.limit)) return fail(max.message ?? messages.max(Number(max.limit)));
  return ok(value);
}

function parseDateTime(spec: FormSpec, raw: unknown): Parsed {
  if (raw === null || raw === undefined || raw === "") return empty(spec);
  const value = raw instanceof Date ? raw : new Date(String(raw));
  if (Number.isNaN(value.getTime())) return fail(messages.notDateTime);
  const { min, max } = spec;
  if (min && value < new Date(min.limit)) {
    return fail(min.message ?? messages.earliest(new Date(min.limit)));
  }
  if (max && value > new Date(max.limit)) {
    return fail(max.message ?? messages.latest(new Date(max.limit)));
  }
  return ok(value);
}

function parsePlainDate(spec: FormSpec, raw: unknown): Parsed {
  if (raw === null || raw === undefined || raw === "") return empty(spec);
  const text = String(raw);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return fail(messages.notDate);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== text) return fail(messages.notDate);
  return ok(text);
}

function parseRecord(spec: FormSpec, raw: unknown): Parsed {
  const record = raw as { recordId?: unknown; object?: unknown } | null | undefined;
  if (!record || typeof record.recordId !== "string" || record.recordId === "") {
    return empty(spec);
  }
  const object = String(record.object ?? "");
  if (spec.objects && spec.objects.length > 0 && !spec.objects.includes(object)) {
    return fail(messages.object(spec.objects));
  }
  return ok({ recordId: record.recordId, object });
}

function parseBoolean(spec: FormSpec, raw: unknown): Parsed {
  if (raw === null || raw === undefined) return ok(spec.optional ? undefined : false);
  return ok(Boolean(raw));
}

/** Parses one scalar field (arrays are walked by validateForm). */
export function parseScalar(spec: FormSpec, raw: unknown): Parsed {
  switch (spec.kind) {
    case "string":
      return parseString(spec, raw);
    case "number":
      return parseNumber(spec, raw);
    case "boolean":
      return parseBoolean(spec, raw);
    case "dateTime":
      return parseDateTime(spec, raw);
    case "plainDate":
      return parsePlainDate(spec, raw);
    case "attioRecord":
      return parseRecord(spec, raw);
    default:
      return ok(raw);
  }
}
