import type {
  HeaderField,
  WebhookHandler,
  WebhookRequest,
  WebhookSigning,
  WebhookTemplate,
} from "../../api";

/** The request composer's fields; the signing is kept while switched off, to switch it back. */
export interface ComposerDraft {
  target: string;
  method: string;
  query: string;
  headers: HeaderField[];
  body: string;
  signed: boolean;
  signing: WebhookSigning;
}

export const methods = ["POST", "GET", "PUT", "PATCH", "DELETE"];

export const emptyDraft: ComposerDraft = {
  target: "",
  method: "POST",
  query: "",
  headers: [{ name: "Content-Type", value: "application/json" }],
  body: "{}",
  signed: false,
  signing: { header: "X-Signature", secret: "", encoding: "hex", prefix: "sha256=" },
};

export interface TargetOption {
  value: string;
  label: string;
}

/**
 * Where a request can go: each registered handler by id, then each handler file by name (its
 * newest handler), which keeps working after the app registers the handler again.
 */
export function targetOptions(handlers: WebhookHandler[], files: string[]): TargetOption[] {
  const byId = handlers.map((h) => ({ value: h.id, label: `${h.fileName} · ${h.id.slice(0, 8)}` }));
  const byFile = files.map((file) => ({ value: file, label: `${file} (newest handler)` }));
  return [...byId, ...byFile];
}

/** The request the backend takes: empty header rows left out, the signing only when on. */
export function requestOf(draft: ComposerDraft): WebhookRequest {
  const request: WebhookRequest = {
    method: draft.method,
    headers: draft.headers.filter((h) => h.name.trim() !== ""),
    body: draft.body,
  };
  if (draft.query.trim()) request.query = draft.query.trim().replace(/^\?/, "");
  if (draft.signed) request.signing = draft.signing;
  return request;
}

/** The draft a saved template fills in. */
export function draftOf(template: WebhookTemplate): ComposerDraft {
  const { request } = template;
  return {
    target: template.target,
    method: request.method || "POST",
    query: request.query ?? "",
    headers: request.headers ?? [],
    body: request.body ?? "",
    signed: Boolean(request.signing),
    signing: request.signing ?? emptyDraft.signing,
  };
}
