import type { FormEvent, ReactNode } from "react";
import { Button } from "../../ui/Button";
import { Modal } from "../../ui/Modal";
import "./StudioDialog.css";

interface StudioDialogProps {
  title: string;
  children?: ReactNode;
  okLabel: string;
  okVariant?: "primary" | "danger";
  busy?: boolean;
  /** Why the last attempt failed, shown above the buttons. */
  error?: string | null;
  onOk: () => void;
  onCancel: () => void;
  size?: "small" | "medium";
}

/**
 * The studio's own dialog (not the app's): a form or a question with Cancel and one action;
 * Enter submits, Escape cancels.
 */
export function StudioDialog(props: StudioDialogProps) {
  const { title, okLabel, okVariant = "primary", busy = false, error, onOk, onCancel } = props;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onOk();
  };
  return (
    <Modal size={props.size ?? "small"} label={title} testId="studio-dialog" onEscape={onCancel}>
      <form className="studio-dialog" onSubmit={submit}>
        <div className="studio-dialog__body">
          <h2 className="studio-dialog__title">{title}</h2>
          {props.children}
          {error && (
            <p className="studio-dialog__error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="studio-dialog__footer">
          <Button testId="studio-dialog-cancel" disabled={busy} onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" variant={okVariant} disabled={busy} testId="studio-dialog-ok">
            {busy ? "Working…" : okLabel}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
