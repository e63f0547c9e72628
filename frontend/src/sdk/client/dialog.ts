import type { ComponentType } from "react";
import type { DialogProps } from "../notifications";
import type { ClientHost } from "./clientHost";

export interface DialogOptions {
  title: string;
  Dialog: ComponentType<DialogProps>;
}

// TODO: later SDK generations resolve showDialog only when the dialog closes; this follows Gen 1
// (resolves once open, with hideDialog), so apps awaiting the close continue too early.
export function createShowDialog(host: ClientHost) {
  return async function showDialog(
    options: DialogOptions,
  ): Promise<{ hideDialog: () => Promise<void> }> {
    const callId = host.calls.current();
    const title = String(options?.title ?? "");
    if (!options?.Dialog) {
      throw new TypeError(`showDialog("${title}") needs a Dialog component.`);
    }
    host.record(callId, "dialog", { title });

    const id = host.notifications.pushDialog({
      title,
      Dialog: options.Dialog,
      callId,
      hide: () => host.notifications.removeDialog(id),
    });
    return { hideDialog: async () => host.notifications.removeDialog(id) };
  };
}
