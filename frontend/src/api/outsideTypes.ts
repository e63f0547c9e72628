// The app's conversations with the outside world: connections, webhook handlers and their
// deliveries, and the outbound requests' mock rules, mode and faults (attio-sdk.md §10.5–§10.7).

export type ConnectionKind = "workspace" | "user";

/** A stored connection; createdBy and ownedBy are ids (the workspace's for a workspace owner). */
export interface Connection {
  id: string;
  kind: ConnectionKind;
  /** The connection_key; "" is the app's default connection. */
  key: string;
  value: string;
  createdBy: string;
  ownedBy: string;
  createdAt: string;
}

/** A connection to add, as AddConnection takes it. */
export interface ConnectionSpec {
  kind: ConnectionKind;
  key: string;
  value: string;
}

/** One of Attio's own webhooks (POST /v2/webhooks), as the studio delivers them. */
export interface AttioWebhook {
  id: { webhook_id: string };
  target_url: string;
  subscriptions: { event_type: string; filter: unknown }[];
  status: string;
  created_at: string;
}

export interface WebhookHandler {
  id: string;
  url: string;
  fileName: string;
  externalWebhookId: string | null;
  createdAt?: string;
}

/** One header line; lists keep the order and repeats of a request. */
export interface HeaderField {
  name: string;
  value: string;
}

/** One side of a delivery as kept: headers and a capped body (base64 when not UTF-8 text). */
export interface WebhookMessage {
  headers?: HeaderField[];
  body?: string;
  base64?: boolean;
  size: number;
  truncated?: boolean;
}

export type SignatureEncoding = "hex" | "base64";

/** HMAC-SHA256 of the body with secret, written as prefix + digest into header. */
export interface WebhookSigning {
  header: string;
  secret: string;
  encoding?: SignatureEncoding;
  prefix?: string;
}

export type DeliveryOrigin = "http" | "composer" | "replay" | "callback";

export interface WebhookDelivery {
  id: string;
  handlerId: string;
  /** Empty when no handler had the id. */
  fileName?: string;
  origin: DeliveryOrigin;
  replayOf?: string;
  method: string;
  url: string;
  request: WebhookMessage;
  signing?: WebhookSigning;
  status: number;
  response: WebhookMessage;
  /** Why the handler did not answer for itself (no such handler, it threw, ...). */
  error?: string;
  callId?: string;
  parentCallId?: string;
  started: string;
  durationMs: number;
}

/** A request composed in the studio; an empty method means POST. */
export interface WebhookRequest {
  method?: string;
  /** The query string, without "?". */
  query?: string;
  headers?: HeaderField[];
  body?: string;
  signing?: WebhookSigning;
}

export interface WebhookTemplate {
  id: string;
  name: string;
  /** A handler id, a handler URL, or a handler file name (which survives re-registration). */
  target: string;
  request: WebhookRequest;
  updatedAt?: string;
}

/** A request a mock answer schedules to the app's webhook handlers of one file. */
export interface MockCallback {
  afterMs?: number;
  /** The handler file name, as given to createWebhookHandler({fileName}). */
  webhook: string;
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  sign?: WebhookSigning;
}

export interface MockResponse {
  /** 0 or absent means 200. */
  status?: number;
  headers?: Record<string, string>;
  /** A JSON value; a JSON string is sent as its text. */
  body?: unknown;
  delayMs?: number;
  callback?: MockCallback;
}

export interface MockRule {
  /** Absent, "" or "*" matches any method. */
  method?: string;
  /** An exact URL, or a pattern with * wildcards. */
  url: string;
  response?: MockResponse;
  /** A sequence: each matching request takes the next answer. */
  responses?: MockResponse[];
  then?: "last" | "repeat";
}

export type OutboundMode = "mocks-then-network" | "offline" | "record";

/** "" (or absent) injects only the latency. */
export type FaultKind = "" | "rate-limit" | "server-error" | "timeout" | "reset" | "malformed";

export interface Fault {
  kind?: FaultKind;
  latencyMs?: number;
  /** The server-error status, 500 to 599; absent means 503. */
  status?: number;
  /** The rate limit's wait in seconds. */
  retryAfter?: number;
  retryAfterFormat?: "date" | "seconds";
  /** How many requests the fault hits before it clears; absent means every request. */
  times?: number;
}

export interface OutboundSettings {
  mode: OutboundMode;
  /** By host ("api.example.com", "localhost:8080", or "*" for every other host). */
  faults: Record<string, Fault>;
}
