import { usePlatform } from "../../sdk/client/components/hostHooks";
import type { NotificationCenter } from "../../sdk/notifications";
import { useStore } from "../../sdk/store";
import { Modal } from "../../ui/Modal";
import { DialogPanel } from "./DialogPanel";

interface DialogStackProps {
  center: NotificationCenter;
  /** False while an alert or confirm is over the dialogs and takes the keyboard. */
  keyboard: boolean;
}

/**
 * The app's open dialogs: only the top one shows (the others keep their state below it);
 * Escape closes the top one and a click outside closes them all, as in Attio. On mobile they
 * rise from the bottom edge.
 */
export function DialogStack({ center, keyboard }: DialogStackProps) {
  const dialogs = useStore(center.dialogs);
  const mobile = usePlatform() === "mobile-app";
  if (dialogs.length === 0) return null;
  const top = dialogs[dialogs.length - 1]!;
  return (
    <Modal
      size="medium"
      width={top.iframe && !mobile ? `calc(${top.iframe.width} + 2px)` : undefined}
      placement={mobile ? "sheet" : "center"}
      label={top.title}
      onEscape={keyboard ? top.hide : undefined}
      onOutsideClick={() => center.closeAllDialogs()}
    >
      {dialogs.map((dialog, index) => (
        <DialogPanel
          key={dialog.id}
          dialog={dialog}
          below={dialogs.slice(0, index)}
          hidden={dialog !== top}
          active={dialog === top && keyboard}
        />
      ))}
    </Modal>
  );
}
