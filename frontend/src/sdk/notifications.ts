import type { ComponentType } from "react";
import { Store } from "./store";
import { ToastTimers } from "./toastTimers";

export type ToastVariant = "neutral" | "success" | "warning" | "error";

export interface ToastEntry {
  id: number;
  /** A bulk action's progress, updated in place as its batches finish. */
  progress?: boolean;
  variant: ToastVariant;
  title: string;
  text?: string;
  dismissable: boolean;
  action?: { label: string; onClick: () => void };
}

export type ConfirmVariant = "primary" | "secondary" | "secondary-destructive" | "destructive";

export interface AlertEntry {
  kind: "alert";
  id: number;
  title: string;
  text: string;
  okLabel: string;
  close: () => void;
}

export interface ConfirmEntry {
  kind: "confirm";
  id: number;
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  confirmVariant: ConfirmVariant;
  confirmIcon?: string;
  close: (confirmed: boolean) => void;
}

export type ModalEntry = AlertEntry | ConfirmEntry;

export interface DialogProps {
  hideDialog: () => void;
}

/** What showIframe shows: a page at url, or html given inline with initialData. */
export interface IframeSpec {
  width: string;
  height: string;
  url?: string;
  html?: string;
  initialData?: unknown;
  onMessage?: (message: unknown) => void;
  /** Set by the panel once the iframe exists: sends a message into it. */
  connect?: (send: (message: unknown) => void) => void;
}

export interface DialogEntry {
  id: number;
  title: string;
  Dialog?: ComponentType<DialogProps>;
  iframe?: IframeSpec;
  /** The call the dialog was opened under; work the dialog starts is recorded below it. */
  callId: string;
  hide: () => void;
}

type NewModal = Omit<AlertEntry, "id"> | Omit<ConfirmEntry, "id">;

/**
 * What the app has put on screen: toasts (each removed after its duration), the queue of alerts
 * and confirms (one shown at a time), and the stack of dialogs (the top one shown).
 */
export class NotificationCenter {
  readonly toasts = new Store<ToastEntry[]>([]);
  readonly modals = new Store<ModalEntry[]>([]);
  readonly dialogs = new Store<DialogEntry[]>([]);
  readonly toastTimers = new ToastTimers((id) => this.removeToast(id));
  private nextId = 1;
  private closers = new Map<number, () => void>();

  addToast(toast: Omit<ToastEntry, "id">, durationMs: number): number {
    const id = this.nextId++;
    this.toasts.set((list) => [...list, { ...toast, id }]);
    this.toastTimers.start(id, durationMs);
    return id;
  }

  /** Changes a shown toast in place (a bulk action's progress); durationMs restarts its clock. */
  updateToast(id: number, change: Partial<Omit<ToastEntry, "id">>, durationMs?: number) {
    if (!this.hasToast(id)) return;
    this.toasts.set((list) =>
      list.map((toast) => (toast.id === id ? { ...toast, ...change } : toast)),
    );
    if (durationMs !== undefined) this.toastTimers.start(id, durationMs);
  }

  removeToast(id: number) {
    this.toastTimers.cancel(id);
    this.toasts.set((list) => list.filter((toast) => toast.id !== id));
  }

  hasToast(id: number): boolean {
    return this.toasts.get().some((toast) => toast.id === id);
  }

  openModal(modal: NewModal): number {
    const id = this.nextId++;
    this.modals.set((list) => [...list, { ...modal, id } as ModalEntry]);
    return id;
  }

  removeModal(id: number) {
    this.modals.set((list) => list.filter((modal) => modal.id !== id));
  }

  /** Opens a dialog over the others; onClosed runs when it closes, however it closes. */
  pushDialog(dialog: Omit<DialogEntry, "id" | "hide">, onClosed?: () => void): DialogEntry {
    const id = this.nextId++;
    const entry: DialogEntry = { ...dialog, id, hide: () => this.removeDialog(id) };
    if (onClosed) this.closers.set(id, onClosed);
    this.dialogs.set((list) => [...list, entry]);
    return entry;
  }

  /** Closes a dialog and those opened over it. */
  removeDialog(id: number) {
    const list = this.dialogs.get();
    const at = list.findIndex((dialog) => dialog.id === id);
    if (at < 0) return;
    const closed = list.slice(at);
    this.dialogs.set(list.slice(0, at));
    for (const dialog of closed.reverse()) {
      const onClosed = this.closers.get(dialog.id);
      this.closers.delete(dialog.id);
      onClosed?.();
    }
  }

  closeAllDialogs() {
    const [first] = this.dialogs.get();
    if (first) this.removeDialog(first.id);
  }

  /** Resolves once no dialog opened under callId is open any more. */
  whenDialogsClosed(callId: string): Promise<void> {
    const open = () => this.dialogs.get().some((dialog) => dialog.callId === callId);
    if (!callId || !open()) return Promise.resolve();
    return new Promise((resolve) => {
      const unsubscribe = this.dialogs.subscribe(() => {
        if (open()) return;
        unsubscribe();
        resolve();
      });
    });
  }
}
