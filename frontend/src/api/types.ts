import type { WebhookDelivery } from "./outsideTypes";

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  severity: Severity;
  text: string;
  file: string;
  line: number;
  column: number;
  lineText?: string;
  notes?: { text: string }[];
}

export interface SurfaceInfo {
  id: string;
  label: string;
  icon?: string;
  objects?: string[] | null;
  file: string;
}

export interface Manifest {
  app: { name: string; dir: string };
  buildVersion: number;
  recordActions: SurfaceInfo[];
  bulkRecordActions: SurfaceInfo[];
  widgets: SurfaceInfo[];
  serverFunctions: string[];
  webhooks: string[];
  events: string[];
  /** The app's GraphQL documents, by file. */
  queries?: string[];
  diagnostics: Diagnostic[];
  /** The webhook server's base URL; handler URLs start with it. */
  webhookUrl?: string;
}

export interface ClientBundle {
  version: number;
  code: string;
}

export interface AttioObject {
  id: string;
  slug: string;
  singularNoun: string;
  pluralNoun: string;
}

export interface AttributeOption {
  id: string;
  title: string;
}

export interface Attribute {
  id: string;
  slug: string;
  title: string;
  type: string;
  isMultiselect: boolean;
  isRequired: boolean;
  isUnique: boolean;
  options?: AttributeOption[];
  /** False for values Attio sets itself (created_at, interactions); absent means writable. */
  isWritable?: boolean;
  /** The object a record-reference attribute points at, when the backend says. */
  targetObject?: string;
  currencyCode?: string;
}

/** A new attribute as AddAttribute takes it. */
export interface AttributeSpec {
  slug: string;
  title: string;
  type: string;
  isMultiselect?: boolean;
  /** Titles of a select's options or a status attribute's statuses. */
  options?: string[];
  targetObject?: string;
  currencyCode?: string;
}

/** A new custom object as CreateObject takes it. */
export interface ObjectSpec {
  apiSlug: string;
  singularNoun: string;
  pluralNoun: string;
}

export interface RecordSort {
  attribute: string;
  field?: string;
  direction: "asc" | "desc";
}

/** A page of an object's records: an Attio filter (attio-sdk.md §13.3), sorts, paging. */
export interface RecordQuery {
  filter?: Record<string, unknown>;
  sorts?: RecordSort[];
  search?: string;
  limit: number;
  offset: number;
}

/** Values in Attio's write forms, by attribute slug (attio-sdk.md §13.2). */
export type WriteValues = Record<string, unknown>;

export interface WorkspaceMember {
  id: string;
  first_name: string;
  last_name: string;
  email_address: string;
}

/** One attribute value in Attio's REST shape; the fields present depend on attribute_type. */
export interface AttioValue {
  attribute_type: string;
  [field: string]: unknown;
}

export interface AttioRecord {
  id: { workspace_id: string; object_id: string; record_id: string };
  created_at: string;
  web_url: string;
  values: Record<string, AttioValue[]>;
}

export interface GraphQLError {
  message: string;
  locations?: { line: number; column: number }[];
  path?: (string | number)[];
}

export interface QueryResult {
  data: unknown;
  errors?: GraphQLError[];
}

export interface CallError {
  name?: string;
  message: string;
  code?: string;
  stack?: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface ServerCallResult {
  callId: string;
  result?: unknown;
  error?: CallError;
}

/** The kinds of call the page starts: one per kind of surface (see calllog.Kind). */
export type StartedCallKind =
  | "record-action"
  | "bulk-record-action"
  | "widget"
  | "record-tab"
  | "object-action"
  | "call-recording-text-action";

export type NotificationType = "toast" | "hide-toast" | "alert" | "confirm" | "dialog";

export type CallStatus = "running" | "ok" | "error";

export interface ConsoleLine {
  level: string;
  text: string;
  atMs: number;
}

/** "fault" is an injected fault (see OutboundSettings); its error says "injected fault: ...". */
export type RequestSource = "mock" | "attio-api" | "network" | "error" | "fault" | "replay";

export interface OutboundRequest {
  method: string;
  url: string;
  status: number;
  source: RequestSource;
  requestBody?: string;
  responseBody?: string;
  requestHeaders?: Record<string, string>;
  responseHeaders?: Record<string, string>;
  /** Milliseconds from the call's start. */
  atMs?: number;
  durationMs: number;
  error?: string;
  truncated?: boolean;
}

export interface KVOperation {
  op: string;
  key: string;
  value?: unknown;
  atMs: number;
}

export interface CallNotification {
  type: string;
  detail: unknown;
  atMs: number;
}

export interface Call {
  id: string;
  parent?: string;
  kind: string;
  name: string;
  args?: unknown;
  result?: unknown;
  error: CallError | null;
  status: CallStatus;
  started: string;
  durationMs: number;
  console: ConsoleLine[];
  requests: OutboundRequest[];
  notifications?: CallNotification[];
  kv?: KVOperation[];
  /** The call this one replays, and how ("live" or "deterministic"). */
  replayOf?: string;
  replayMode?: string;
}

/** The "build" event: the brief's `{version, manifest}`; the session currently sends the Manifest. */
export type BuildEvent = { version: number; manifest: Manifest } | Manifest;

/** A record, or the whole workspace ("reset", with object and recordId empty), changed. */
export interface RecordsChangedEvent {
  object: string;
  recordId: string;
  kind: string;
}

/** Events the backend sends, by name, with their payloads. */
export interface StudioEvents {
  build: BuildEvent;
  call: Call;
  "records-changed": RecordsChangedEvent;
  "webhook-delivery": WebhookDelivery;
  "calls-cleared": null;
  /** A workspace setting the settings page or server code saved; value null when cleared. */
  "settings-changed": { key: string; value: unknown };
}
