import type { Call, CallError, CallStatus } from "./types";

/** A call without its children, as the calls view lists it (QueryCalls). */
export interface CallSummary {
  id: string;
  parent?: string;
  kind: string;
  name: string;
  status: CallStatus;
  started: string;
  durationMs: number;
  /** The arguments' JSON, cut to a preview. */
  args?: string;
  /** "Name: message" of the call's error. */
  error?: string;
  replayOf?: string;
  console?: number;
  requests?: number;
  kv?: number;
  notifications?: number;
}

/** Which calls QueryCalls returns: every field given must hold; empty fields choose all. */
export interface CallFilter {
  kinds?: string[];
  statuses?: CallStatus[];
  /** The exact name: a server function id, record action id, webhook handler file. */
  name?: string;
  /** Found, ignoring case, in the name, arguments, result, error, console, requests, kv. */
  text?: string;
}

export interface CallPage {
  calls: CallSummary[];
  /** Pass as before for the next, older page; absent after the last. */
  next?: string;
}

export interface Difference {
  /** "$", "$.result.leadId", "$.items[2]". */
  path: string;
  change: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
}

export interface ReplayResult {
  callId: string;
  originalId: string;
  mode: "live" | "deterministic";
  result?: unknown;
  error?: CallError;
  same: boolean;
  differences: Difference[];
}

/** Calls exported as one document; ImportTimeline reads it back. */
export interface Timeline {
  format: "attio-studio/timeline";
  version: number;
  app?: string;
  exported: string;
  calls: Call[];
}

/** Server-side calls as a test fixture; the studio only downloads it. */
export interface Fixture {
  format: "attio-studio/fixture";
  about: string[];
  app?: string;
  recorded: string;
  cases: unknown[];
}

/** Lines of an app file around one line (SourceLines). */
export interface SourceFrame {
  file: string;
  /** The absolute path, for an editor. */
  path: string;
  first: number;
  line: number;
  lines: string[];
}
