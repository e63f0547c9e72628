import type { ToastVariant } from "../notifications";
import type { ClientHost } from "./clientHost";

export interface ToastOptions {
  variant?: ToastVariant;
  title: string;
  text?: string;
  durationMs?: number;
  dismissable?: boolean;
  action?: { label: string; onClick: () => void };
}

const defaultDurationMs = 4000;

export function createShowToast(host: ClientHost) {
  return async function showToast(
    options: ToastOptions,
  ): Promise<{ hideToast: () => Promise<void> }> {
    const callId = host.calls.current();
    const durationMs = options.durationMs ?? defaultDurationMs;
    const variant = options.variant ?? "neutral";
    const title = String(options.title ?? "");
    const given = options.action;
    const action = given && {
      label: given.label,
      onClick: () => host.calls.within(callId, () => given.onClick()),
    };

    const id = host.notifications.addToast(
      { variant, title, text: options.text, dismissable: options.dismissable ?? true, action },
      durationMs,
    );
    host.record(callId, "toast", {
      variant,
      title,
      text: options.text,
      durationMs: Number.isFinite(durationMs) ? durationMs : "Infinity",
      dismissable: options.dismissable ?? true,
      action: given?.label,
    });

    return {
      hideToast: async () => {
        if (!host.notifications.hasToast(id)) return;
        host.notifications.removeToast(id);
        host.record(callId, "hide-toast", { title });
      },
    };
  };
}
