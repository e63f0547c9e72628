import type { Call, ConnectionKind } from "../../api";

/** A connection the app's code asked for and did not find. */
export interface MissingConnection {
  kind: ConnectionKind;
  /** The connection_key asked for; "" is the default connection. */
  key: string;
  message: string;
  callId: string;
  callName: string;
}

const kindsByCode: Record<string, ConnectionKind> = {
  "no-workspace-connection": "workspace",
  "no-user-connection": "user",
};

/**
 * The connection a finished call failed without, from Attio's error codes, or null. The key is
 * only in the message (`(key "crm")`), so it is read from there.
 */
export function missingConnectionOf(call: Call): MissingConnection | null {
  if (call.status !== "error" || !call.error?.code) return null;
  const kind = kindsByCode[call.error.code];
  if (!kind) return null;
  const key = /\(key "([^"]*)"\)/.exec(call.error.message)?.[1] ?? "";
  return { kind, key, message: call.error.message, callId: call.id, callName: call.name };
}
