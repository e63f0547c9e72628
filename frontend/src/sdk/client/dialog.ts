import type { ComponentType } from "react";
import type { DialogProps } from "../notifications";
import type { ClientHost } from "./clientHost";

export interface DialogOptions {
  title: string;
  Dialog: ComponentType<DialogProps>;
}

export interface DialogHandle {
  hideDialog: () => Promise<void>;
}

/**
 * showDialog: stacks the app's dialog over any open ones. Gen 1 resolved once the dialog was
 * open, with `hideDialog`; later SDKs resolve when it has closed. The app's shape tells which
 * one it was written for, and both get the `{hideDialog}` object.
 */
export function createShowDialog(host: ClientHost) {
  return async function showDialog(options: DialogOptions): Promise<DialogHandle> {
    const callId = host.calls.current();
    const title = String(options?.title ?? "");
    if (typeof options?.Dialog !== "function" && typeof options?.Dialog !== "object") {
      throw new TypeError(`showDialog("${title}") needs a Dialog component.`);
    }
    host.record(callId, "dialog", { title });

    let closed!: () => void;
    const whenClosed = new Promise<void>((resolve) => (closed = resolve));
    const entry = host.notifications.pushDialog({ title, Dialog: options.Dialog, callId }, closed);
    const handle = { hideDialog: async () => host.notifications.removeDialog(entry.id) };
    if (host.appShape() !== "named-exports") await whenClosed;
    return handle;
  };
}

export interface IframeOptions {
  width?: string;
  height?: string;
  url?: string;
  html?: string;
  initialData?: unknown;
  onMessage?: (
    message: unknown,
    tools: { hideIframe: () => void; sendMessage: (message: unknown) => void },
  ) => void | Promise<void>;
}

/** showIframe: a page (url, or html with initialData) in a dialog; resolves when it closes. */
export function createShowIframe(host: ClientHost) {
  return async function showIframe(options: IframeOptions): Promise<void> {
    const callId = host.calls.current();
    if (!options?.url && typeof options?.html !== "string") {
      throw new TypeError("showIframe needs a url or an html string.");
    }
    const title = options.url ?? "Embedded page";
    host.record(callId, "dialog", { title, iframe: true });

    const outbox: unknown[] = [];
    let send: (message: unknown) => void = (message) => void outbox.push(message);
    let closed!: () => void;
    const whenClosed = new Promise<void>((resolve) => (closed = resolve));
    const tools = {
      hideIframe: () => host.notifications.removeDialog(entry.id),
      sendMessage: (message: unknown) => send(message),
    };
    const entry = host.notifications.pushDialog(
      {
        title,
        callId,
        iframe: {
          width: options.width ?? "480px",
          height: options.height ?? "360px",
          url: options.url,
          html: options.html,
          initialData: options.initialData,
          onMessage: (message) => {
            const report = (error: unknown) =>
              host.appErrors.report("The iframe's onMessage failed", error);
            try {
              const handled = host.calls.within(callId, () => options.onMessage?.(message, tools));
              if (handled instanceof Promise) handled.catch(report);
            } catch (error) {
              report(error);
            }
          },
          connect: (sender) => {
            send = sender;
            outbox.splice(0).forEach(sender);
          },
        },
      },
      closed,
    );
    await whenClosed;
  };
}
