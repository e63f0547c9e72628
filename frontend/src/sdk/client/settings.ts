import { useStore } from "../store";
import type { ClientHost } from "./clientHost";

/** The client's experimental workspace-settings functions (attio-sdk.md §3.5). */
export function createSettingsClient(host: ClientHost) {
  return {
    experimental_useWorkspaceSettings: function useWorkspaceSettings() {
      return useStore(host.settings.values);
    },
    experimental_useWorkspaceSettingsForm: () => host.settingsForm,
    experimental_getWorkspaceSettings: async () => host.settings.all(),
    experimental_setWorkspaceSetting: async (key: string, value: unknown) =>
      host.settings.set(String(key), value ?? null),
  };
}
