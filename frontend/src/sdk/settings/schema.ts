/** One value of a workspace-settings schema (attio-sdk.md §3.5 and §15). */
export interface SettingNode {
  kind: "string" | "number" | "boolean";
}

const node = (kind: SettingNode["kind"]) => (): SettingNode => ({ kind });

/** The `Settings` namespace of the `attio` root module, in its Gen 2 and Gen 3 forms. */
export function createSettingsRoot(useForm: () => unknown) {
  const Schema = { string: node("string"), number: node("number"), boolean: node("boolean") };
  return {
    ...Schema,
    Schema,
    defineWorkspaceSchema: <T>(schema: T) => schema,
    /** Gen 3's settings page: what the app's src/app/settings/page.tsx default-exports. */
    defineWorkspacePage: <S, P>(schema: S, Page: P) => ({ schema, Page }),
    useForm: (_schema?: unknown) => useForm(),
  };
}
