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
  confirmIcon?: string;
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
    const confirmIcon = options?.confirmIcon;
    if (!title && !text) {
      return Promise.reject(new TypeError("confirm needs a title or a text to ask."));
    }
    host.record(host.calls.current(), "confirm", {
      title,
      text,
      confirmLabel,
      cancelLabel,
      confirmVariant,
    });
    return new Promise((resolve) => {
      const id = host.notifications.openModal({
        kind: "confirm",
        title,
        text,
        confirmLabel,
        cancelLabel,
        confirmVariant,
        confirmIcon,
        close: (confirmed) => {
          host.notifications.removeModal(id);
          resolve(confirmed);
        },
      });
    });
  };
}
