import type { CallFilter, CallSummary } from "../../api/inspectorTypes";
import type { Call } from "../../api/types";

const argsPreview = 200;

/** A call as the calls view lists it, the way the backend summarises stored calls. */
export function summarize(call: Call): CallSummary {
  const args = call.args === undefined ? undefined : JSON.stringify(call.args);
  const error = call.error && [call.error.name, call.error.message].filter(Boolean).join(": ");
  return {
    id: call.id,
    parent: call.parent,
    kind: call.kind,
    name: call.name,
    status: call.status,
    started: call.started,
    durationMs: call.durationMs,
    args: args && args.length > argsPreview ? `${args.slice(0, argsPreview)}…` : args,
    error: error || undefined,
    replayOf: call.replayOf,
    console: call.console?.length,
    requests: call.requests?.length,
    kv: call.kv?.length,
    notifications: call.notifications?.length,
  };
}

/** Whether a whole call passes the filter, as QueryCalls decides it. */
export function matches(filter: CallFilter, call: Call): boolean {
  if (filter.kinds?.length && !filter.kinds.includes(call.kind)) return false;
  if (filter.statuses?.length && !filter.statuses.includes(call.status)) return false;
  if (filter.name && filter.name !== call.name) return false;
  if (!filter.text) return true;
  const text = filter.text.toLowerCase();
  const has = (value: unknown) =>
    value !== undefined &&
    value !== null &&
    (typeof value === "string" ? value : JSON.stringify(value)).toLowerCase().includes(text);
  return (
    has(call.name) ||
    has(call.args) ||
    has(call.result) ||
    has(call.error && [call.error.name, call.error.message, call.error.stack, call.error.file]) ||
    (call.console ?? []).some((line) => has(line.text)) ||
    (call.requests ?? []).some(
      (r) =>
        has(`${r.method} ${r.url}`) || has(r.requestBody) || has(r.responseBody) || has(r.error),
    ) ||
    (call.kv ?? []).some((op) => has(op.key) || has(op.value)) ||
    (call.notifications ?? []).some((n) => has(n.type) || has(n.detail))
  );
}

export const emptyFilter: CallFilter = {};

export function isEmptyFilter(filter: CallFilter): boolean {
  return !filter.kinds?.length && !filter.statuses?.length && !filter.name && !filter.text;
}
