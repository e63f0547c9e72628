import type { ConfirmVariant } from "../notifications";
import type { ClientHost } from "./clientHost";

export interface AlertOptions {
  title: string;
  text: string;
  okLabel?: string;
}

export interface ConfirmOptions {
  title?: string;
  text?: string;
  confirmLabel?: string;
  cancelLabel?: string;
  confirmVariant?: ConfirmVariant;
}

export function createAlert(host: ClientHost) {
  return function alert(options: AlertOptions): Promise<void> {
    const { title = "", text = "", okLabel = "OK" } = options ?? {};
    host.record(host.calls.current(), "alert", { title, text, okLabel });
    return new Promise((resolve) => {
      const id = host.notifications.openModal({
        kind: "alert",
        title,
        text,
        okLabel,
        close: () => {
          host.notifications.removeModal(id);
          resolve();
        },
      });
    });
  };
}

export function createConfirm(host: ClientHost) {
  return function confirm(options: ConfirmOptions): Promise<boolean> {
    const { title = "", text = "", confirmLabel = "OK", cancelLabel = "Cancel" } = options ?? {};
    const confirmVariant = options?.confirmVariant ?? "primary";
    host.record(host.calls.current(), "confirm", { title, text, confirmLabel, cancelLabel });
    return new Promise((resolve) => {
      const id = host.notifications.openModal({
        kind: "confirm",
        title,
        text,
        confirmLabel,
        cancelLabel,
        confirmVariant,
        close: (confirmed) => {
          host.notifications.removeModal(id);
          resolve(confirmed);
        },
      });
    });
  };
}
