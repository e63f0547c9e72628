import type { NotificationCenter } from "./notifications";

export const defaultToastMs = 4000;

interface ProgressHost {
  notifications: NotificationCenter;
  record(callId: string, type: "toast", detail: unknown): void;
}

/**
 * One toast that shows a bulk action's progress: the first text opens it, later texts replace
 * it in place (each recorded in the call), and finish lets it go after the usual duration.
 */
export function createProgressToast(host: ProgressHost, callId: string) {
  let id: number | null = null;
  return {
    show(title: string) {
      if (id !== null && host.notifications.hasToast(id)) {
        host.notifications.updateToast(id, { title });
      } else {
        const toast = { variant: "neutral" as const, title, dismissable: true, progress: true };
        id = host.notifications.addToast(toast, Number.POSITIVE_INFINITY);
      }
      host.record(callId, "toast", { variant: "neutral", title, progress: true });
    },
    finish() {
      if (id !== null) host.notifications.updateToast(id, { progress: false }, defaultToastMs);
    },
  };
}
