import type { ModalEntry } from "../../sdk/notifications";
import { AttioIcon } from "../../ui/AttioIcon";
import { Button } from "../../ui/Button";
import { Modal } from "../../ui/Modal";
import "./MessageModal.css";

const confirmButtonVariant = {
  primary: "primary",
  secondary: "default",
  "secondary-destructive": "danger-quiet",
  destructive: "danger",
} as const;

/** An app's alert (one OK button) or confirm (cancel and confirm), answered only by a button. */
export function MessageModal({ modal }: { modal: ModalEntry }) {
  const isAlert = modal.kind === "alert";
  const cancel = () => (isAlert ? modal.close() : modal.close(false));
  return (
    <Modal label={modal.title || modal.kind} testId={modal.kind} onEscape={cancel}>
      <div className="message-modal__body">
        {modal.title && <h2 className="message-modal__title">{modal.title}</h2>}
        {modal.text && <p className="message-modal__text">{modal.text}</p>}
      </div>
      <div className="message-modal__footer">
        {isAlert ? (
          <Button variant="primary" autoFocus testId="alert-ok" onClick={() => modal.close()}>
            {modal.okLabel}
          </Button>
        ) : (
          <>
            <Button testId="confirm-cancel" onClick={() => modal.close(false)}>
              {modal.cancelLabel}
            </Button>
            <Button
              variant={confirmButtonVariant[modal.confirmVariant] ?? "primary"}
              autoFocus
              testId="confirm-ok"
              onClick={() => modal.close(true)}
            >
              {modal.confirmIcon && <AttioIcon name={modal.confirmIcon} />}
              {modal.confirmLabel}
            </Button>
          </>
        )}
      </div>
    </Modal>
  );
}
