import { useCallback, useEffect, useState } from "react";
import type { Connection, WorkspaceMember } from "../../api";
import { useApi } from "../../hooks/useApi";
import { useLoader } from "../../hooks/useLoader";
import { notifyConnectionsChanged, onConnectionsChanged } from "./connectionsChanged";

export interface ConnectionsState {
  connections: Connection[] | undefined;
  error: Error | null;
  loading: boolean;
  members: WorkspaceMember[];
  /** The member the studio acts as, as the backend says; null until loaded or if unknown. */
  currentUser: WorkspaceMember | null;
  /** Acts as another member; resolves once the backend switched and the panel reloaded. */
  switchUser: (memberId: string) => Promise<void>;
  /** Why the last switch failed, or null. */
  switchError: Error | null;
  reload: () => void;
}

/**
 * The app's connections, the workspace's members and the current user, reloaded whenever a
 * connection changes or the user switches.
 */
export function useConnections(): ConnectionsState {
  const api = useApi();
  const loaded = useLoader("connections", async () => {
    const [connections, members, currentUser] = await Promise.all([
      api.connections(),
      api.members().catch(() => [] as WorkspaceMember[]),
      api.currentUser().catch(() => null),
    ]);
    return { connections, members, currentUser };
  });
  const { reload } = loaded;
  const [switchError, setSwitchError] = useState<Error | null>(null);
  const switchUser = useCallback(
    async (memberId: string) => {
      setSwitchError(null);
      try {
        await api.setCurrentUser(memberId);
      } catch (error) {
        setSwitchError(error instanceof Error ? error : new Error(String(error)));
      }
      // Who owns which user connection reads differently now, wherever it is shown.
      notifyConnectionsChanged(api);
    },
    [api],
  );
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
    currentUser: loaded.data?.currentUser ?? null,
    switchUser,
    switchError,
    reload,
  };
}

/** A member's name for a connection's createdBy or ownedBy, or the id when no member has it. */
export function memberName(members: WorkspaceMember[], id: string): string {
  const member = members.find((m) => m.id === id);
  if (!member) return id;
  return [member.first_name, member.last_name].filter(Boolean).join(" ") || member.email_address;
}
