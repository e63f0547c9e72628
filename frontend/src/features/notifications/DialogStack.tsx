import type { NotificationCenter } from "../../sdk/notifications";
import { useStore } from "../../sdk/store";
import { Modal } from "../../ui/Modal";
import { DialogPanel } from "./DialogPanel";

/**
 * The app's open dialogs: only the top one shows (the others keep their state below it);
 * Escape closes the top one and a click outside closes them all, as in Attio.
 */
interface DialogStackProps {
  center: NotificationCenter;
  /** False while an alert or confirm is over the dialogs and takes Escape for itself. */
  escapeEnabled: boolean;
}

export function DialogStack({ center, escapeEnabled }: DialogStackProps) {
  const dialogs = useStore(center.dialogs);
  if (dialogs.length === 0) return null;
  const top = dialogs[dialogs.length - 1];
  return (
    <Modal
      size="medium"
      label={top.title}
      onEscape={escapeEnabled ? top.hide : undefined}
      onOutsideClick={() => [...dialogs].reverse().forEach((dialog) => dialog.hide())}
    >
      {dialogs.map((dialog, index) => (
        <DialogPanel
          key={dialog.id}
          dialog={dialog}
          below={dialogs.slice(0, index).map((entry) => entry.title)}
          hidden={dialog !== top}
        />
      ))}
    </Modal>
  );
}
