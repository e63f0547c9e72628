import type { ComponentType } from "react";
import { Store } from "./store";

export type ToastVariant = "neutral" | "success" | "warning" | "error";

export interface ToastEntry {
  id: number;
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
  close: (confirmed: boolean) => void;
}

export type ModalEntry = AlertEntry | ConfirmEntry;

export interface DialogProps {
  hideDialog: () => void;
}

export interface DialogEntry {
  id: number;
  title: string;
  Dialog: ComponentType<DialogProps>;
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
  private nextId = 1;

  addToast(toast: Omit<ToastEntry, "id">, durationMs: number): number {
    const id = this.nextId++;
    this.toasts.set((list) => [...list, { ...toast, id }]);
    if (Number.isFinite(durationMs)) setTimeout(() => this.removeToast(id), durationMs);
    return id;
  }

  removeToast(id: number) {
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

  pushDialog(dialog: Omit<DialogEntry, "id">): number {
    const id = this.nextId++;
    this.dialogs.set((list) => [...list, { ...dialog, id }]);
    return id;
  }

  removeDialog(id: number) {
    this.dialogs.set((list) => list.filter((dialog) => dialog.id !== id));
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
