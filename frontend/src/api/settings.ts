/** The app's workspace-settings values by key; null for a setting that has no value. */
export type SettingValues = Record<string, unknown>;

/** The backend methods of workspace settings, which the settings page and server code share. */
export interface SettingsApi {
  /** Every key of the app's settings schema (null when unset), or every saved key without one. */
  workspaceSettings(): Promise<SettingValues>;
  /** Saves one setting (null clears it); rejects saying why when the schema forbids it. */
  setWorkspaceSetting(key: string, value: unknown): Promise<void>;
}

type Caller = <T>(method: string, ...args: unknown[]) => Promise<T>;

export function settingsApi(call: Caller): SettingsApi {
  return {
    workspaceSettings: async () => (await call<SettingValues | null>("WorkspaceSettings")) ?? {},
    setWorkspaceSetting: async (key, value) => {
      await call("SetWorkspaceSetting", key, value ?? null);
    },
  };
}
