import { useEffect } from "react";
import { useStore } from "../store";
import type { ClientHost } from "./clientHost";

/**
 * The client's experimental workspace-settings functions (attio-sdk.md §3.5). They read and
 * write the values the backend keeps, which server code shares.
 */
export function createSettingsClient(host: ClientHost) {
  return {
    experimental_useWorkspaceSettings: function useWorkspaceSettings() {
      useEffect(() => host.settings.start(), []);
      return useStore(host.settings.values);
    },
    experimental_useWorkspaceSettingsForm: () => host.settingsForm,
    experimental_getWorkspaceSettings: () => host.settings.reload(),
    experimental_setWorkspaceSetting: (key: string, value: unknown) =>
      host.settings.set(String(key), value ?? null),
  };
}
