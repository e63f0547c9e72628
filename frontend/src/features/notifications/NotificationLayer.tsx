import type { NotificationCenter } from "../../sdk/notifications";
import { useStore } from "../../sdk/store";
import { DialogStack } from "./DialogStack";
import { MessageModal } from "./MessageModal";
import { ToastStack } from "./ToastStack";

/** Everything the app puts over the studio: dialogs, then alerts and confirms above, and toasts. */
export function NotificationLayer({ center }: { center: NotificationCenter }) {
  const modals = useStore(center.modals);
  return (
    <>
      <DialogStack center={center} keyboard={modals.length === 0} />
      {modals[0] && <MessageModal key={modals[0].id} modal={modals[0]} />}
      <ToastStack center={center} />
    </>
  );
}
