import type { ToastVariant } from "../notifications";
import { defaultToastMs } from "../progressToast";
import type { ClientHost } from "./clientHost";

export interface ToastOptions {
  variant?: ToastVariant;
  title: string;
  text?: string;
  durationMs?: number;
  dismissable?: boolean;
  action?: { label: string; onClick: () => void };
}

const variants: ToastVariant[] = ["neutral", "success", "warning", "error"];

export function createShowToast(host: ClientHost) {
  return async function showToast(
    options: ToastOptions,
  ): Promise<{ hideToast: () => Promise<void> }> {
    const callId = host.calls.current();
    const durationMs = options.durationMs ?? defaultToastMs;
    const variant = variants.includes(options.variant as ToastVariant)
      ? (options.variant as ToastVariant)
      : "neutral";
    const title = String(options.title ?? "");
    const given = options.action;
    const action = given && {
      label: given.label,
      onClick: () => {
        const report = (error: unknown) =>
          host.appErrors.report(`The toast action "${given.label}" failed`, error);
        try {
          const result: unknown = host.calls.within(callId, () => given.onClick());
          if (result instanceof Promise) result.catch(report);
        } catch (error) {
          report(error);
        }
      },
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
