import type { Connection } from "../../api";
import { useApi } from "../../hooks/useApi";
import { StudioDialog } from "../data/StudioDialog";
import { notifyConnectionsChanged } from "./connectionsChanged";
import { useAttempt } from "./useAttempt";

interface RemoveConnectionDialogProps {
  connection: Connection;
  /** Whether the app has a connection-removed handler, which runs before the removal. */
  runsEvent: boolean;
  onClose: () => void;
}

/** Asks before removing a connection; a throwing connection-removed keeps it, shown here. */
export function RemoveConnectionDialog({
  connection,
  runsEvent,
  onClose,
}: RemoveConnectionDialogProps) {
  const api = useApi();
  const remove = useAttempt();
  const name = `${connection.kind} connection${connection.key ? ` "${connection.key}"` : ""}`;
  const submit = async () => {
    const removed = await remove.attempt(async () => {
      await api.removeConnection(connection.id);
      return true;
    });
    if (!removed) return;
    notifyConnectionsChanged(api);
    onClose();
  };
  return (
    <StudioDialog
      title={`Remove the ${name}?`}
      okLabel="Remove connection"
      okVariant="danger"
      busy={remove.busy}
      error={remove.error}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <p className="studio-dialog__text">
        {runsEvent
          ? "The app's connection-removed handler runs first; if it throws, the connection stays."
          : "The app has no connection-removed handler, so the connection is simply deleted."}
      </p>
    </StudioDialog>
  );
}
