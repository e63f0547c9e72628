import { useEffect } from "react";
import type { Connection, WorkspaceMember } from "../../api";
import { useApi } from "../../hooks/useApi";
import { useLoader } from "../../hooks/useLoader";
import { onConnectionsChanged } from "./connectionsChanged";

export interface ConnectionsState {
  connections: Connection[] | undefined;
  error: Error | null;
  loading: boolean;
  members: WorkspaceMember[];
  /** The member the studio acts as: the first of Members(), as the backend promises. */
  currentUser: WorkspaceMember | null;
  reload: () => void;
}

/** The app's connections and the workspace's members, reloaded whenever a connection changes. */
export function useConnections(): ConnectionsState {
  const api = useApi();
  const loaded = useLoader("connections", async () => {
    const [connections, members] = await Promise.all([
      api.connections(),
      api.members().catch(() => [] as WorkspaceMember[]),
    ]);
    return { connections, members };
  });
  const { reload } = loaded;
  useEffect(() => {
    const offChanged = onConnectionsChanged(api, reload);
    const offReconnect = api.onReconnect(reload);
    const offReset = api.on("records-changed", (event) => event.kind === "reset" && reload());
    return () => {
      offChanged();
      offReconnect();
      offReset();
    };
  }, [api, reload]);

  const members = loaded.data?.members ?? [];
  return {
    connections: loaded.data?.connections,
    error: loaded.error,
    loading: loaded.loading,
    members,
    currentUser: members[0] ?? null,
    reload,
  };
}

/** A member's name for a connection's createdBy or ownedBy, or the id when no member has it. */
export function memberName(members: WorkspaceMember[], id: string): string {
  const member = members.find((m) => m.id === id);
  if (!member) return id;
  return [member.first_name, member.last_name].filter(Boolean).join(" ") || member.email_address;
}
