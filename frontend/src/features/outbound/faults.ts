import type { Fault, FaultKind } from "../../api";

export const faultKinds: { kind: FaultKind; label: string }[] = [
  { kind: "", label: "Latency only" },
  { kind: "rate-limit", label: "Rate limit (429)" },
  { kind: "server-error", label: "Server error (5xx)" },
  { kind: "timeout", label: "Timeout" },
  { kind: "reset", label: "Connection reset" },
  { kind: "malformed", label: "Malformed body" },
];

export function faultLabel(kind: FaultKind | undefined): string {
  return faultKinds.find((k) => k.kind === (kind ?? ""))?.label ?? String(kind);
}

/** What a fault does, in a line: its answer, its latency, and how many requests it hits. */
export function describeFault(fault: Fault): string {
  const parts: string[] = [];
  if (fault.kind === "rate-limit") {
    const format = fault.retryAfterFormat === "seconds" ? "in seconds" : "as a date";
    parts.push(`429, Retry-After ${fault.retryAfter ?? 0} s ${format}`);
  }
  if (fault.kind === "server-error") parts.push(`status ${fault.status || 503}`);
  if (fault.kind === "timeout") parts.push("no answer until the request gives up");
  if (fault.kind === "reset") parts.push("fetch rejects");
  if (fault.kind === "malformed") parts.push("the real answer with its body cut short");
  if (fault.latencyMs) parts.push(`+${fault.latencyMs} ms`);
  parts.push(fault.times ? `the next ${fault.times} requests` : "every request");
  return parts.join(" · ");
}

/** A fault's editable fields, as typed. */
export interface FaultDraft {
  host: string;
  kind: FaultKind;
  latencyMs: string;
  status: string;
  retryAfter: string;
  retryAfterFormat: "date" | "seconds";
  times: string;
}

export function faultDraftOf(host: string, fault: Fault): FaultDraft {
  const text = (n?: number) => (n ? String(n) : "");
  return {
    host,
    kind: fault.kind ?? "",
    latencyMs: text(fault.latencyMs),
    status: text(fault.status),
    retryAfter: text(fault.retryAfter),
    retryAfterFormat: fault.retryAfterFormat ?? "date",
    times: text(fault.times),
  };
}

function whole(text: string, what: string): number | undefined {
  if (!text.trim()) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${what} "${text}" is not a whole number.`);
  }
  return value || undefined;
}

/** The fault a draft stands for, with only the fields its kind uses; throws a sentence. */
export function faultOf(draft: FaultDraft): Fault {
  const fault: Fault = {};
  if (draft.kind) fault.kind = draft.kind;
  const latencyMs = whole(draft.latencyMs, "The latency");
  if (latencyMs) fault.latencyMs = latencyMs;
  if (draft.kind === "server-error") {
    const status = whole(draft.status, "The status");
    if (status) fault.status = status;
  }
  if (draft.kind === "rate-limit") {
    const retryAfter = whole(draft.retryAfter, "Retry-After");
    if (retryAfter) fault.retryAfter = retryAfter;
    if (draft.retryAfterFormat === "seconds") fault.retryAfterFormat = "seconds";
  }
  const times = whole(draft.times, "The number of requests");
  if (times) fault.times = times;
  return fault;
}
