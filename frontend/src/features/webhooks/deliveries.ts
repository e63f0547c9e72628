import type { WebhookDelivery, WebhookMessage } from "../../api";

export const deliveryLimit = 100;

/** The list with delivery added or replaced, newest first, cut to limit. */
export function upsertDelivery(
  list: WebhookDelivery[],
  delivery: WebhookDelivery,
  limit = deliveryLimit,
): WebhookDelivery[] {
  const rest = list.filter((d) => d.id !== delivery.id);
  return [delivery, ...rest]
    .sort((a, b) => Date.parse(b.started) - Date.parse(a.started))
    .slice(0, limit);
}

export type StatusTone = "ok" | "client" | "server" | "none";

/** How a response status reads: success, the sender's fault, the handler's fault, or none. */
export function statusTone(status: number): StatusTone {
  if (!status) return "none";
  if (status < 400) return "ok";
  if (status < 500) return "client";
  return "server";
}

/** A kept body for reading: JSON pretty-printed, text as is, binary said so. */
export function bodyText(message: WebhookMessage): string {
  const body = message.body ?? "";
  if (message.base64) return `${message.size} bytes of binary data (base64)\n${body}`;
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/** The value of the first header called name, in any case. */
export function headerValue(message: WebhookMessage, name: string): string | undefined {
  const lower = name.toLowerCase();
  return message.headers?.find((h) => h.name.toLowerCase() === lower)?.value;
}

export function formatClock(at: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

export const originLabels: Record<string, string> = {
  http: "HTTP",
  composer: "Composer",
  replay: "Replay",
  callback: "Mock callback",
};
