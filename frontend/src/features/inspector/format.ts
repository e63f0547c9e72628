import type { CallNotification, OutboundRequest } from "../../api/types";
import { shortJson } from "../../ui/formatJson";
import type { TimelineLeaf } from "./timeline";

export function formatDuration(ms: number): string {
  if (ms < 1) return "<1 ms";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10000 ? 2 : 1)} s`;
}

/** "+612 ms" from the start of the tree. */
export function formatOffset(ms: number): string {
  return `+${ms < 1000 ? Math.round(ms) : (ms / 1000).toFixed(2)}${ms < 1000 ? " ms" : " s"}`;
}

export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const ms = String(date.getMilliseconds()).padStart(3, "0");
  return `${date.toLocaleTimeString([], { hour12: false })}.${ms}`;
}

/** What a toast, alert or dialog said, from the options the app passed. */
export function notificationText(notification: CallNotification): string {
  const detail = notification.detail as Record<string, unknown> | null | undefined;
  const words = [detail?.title, detail?.text].filter((part) => typeof part === "string");
  return words.length ? words.join(" — ") : shortJson(notification.detail, 160);
}

export const sourceLabels: Record<string, string> = {
  "attio-api": "Attio API",
  mock: "mock",
  network: "network",
  error: "failed",
  fault: "fault",
  replay: "replay",
};

export function requestStatus(request: OutboundRequest): string {
  return request.status ? String(request.status) : "failed";
}

/** A leaf's type word and its one-line description. */
export function describeLeaf(leaf: TimelineLeaf): { type: string; text: string } {
  switch (leaf.type) {
    case "notification":
      return { type: leaf.notification.type, text: notificationText(leaf.notification) };
    case "console":
      return { type: `console.${leaf.line.level}`, text: leaf.line.text };
    case "request": {
      const r = leaf.request;
      const source = sourceLabels[r.source] ?? r.source;
      const attio = r.source === "attio-api" || r.url.startsWith("https://api.attio.com/");
      return {
        type: attio ? "Attio API" : "fetch",
        text: `${r.method} ${r.url} → ${requestStatus(r)} (${source})`,
      };
    }
    case "kv":
      return { type: `kv.${leaf.op.op}`, text: leaf.op.key };
  }
}
