import type { StudioApi } from "../../api";
import type { SettingValues } from "../../api/settings";
import { Store } from "../store";

type Backend = Pick<StudioApi, "workspaceSettings" | "setWorkspaceSetting" | "on" | "onReconnect">;

/**
 * The app's workspace settings as the page sees them: a copy of the values the backend keeps in
 * the app's data file, which server code reads with experimental_getWorkspaceSetting. Saves go
 * to the backend one after another, in the order they were made, and every save (the page's or
 * server code's) comes back as a "settings-changed" event, so the copy follows both.
 */
export class WorkspaceSettings {
  readonly values = new Store<SettingValues>({});
  /** Why the backend refused the last save of a key, until the key is saved again. */
  readonly errors = new Store<Record<string, string>>({});
  private started = false;
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly backend: Backend) {}

  /** Loads the values and follows changes; later calls do nothing. */
  start() {
    if (this.started) return;
    this.started = true;
    this.backend.on("settings-changed", ({ key, value }) => {
      this.values.set((values) => ({ ...values, [key]: value ?? null }));
    });
    // A new build may bring a new schema, with keys added or dropped.
    this.backend.on("build", () => this.refresh());
    this.backend.onReconnect(() => this.refresh());
    this.refresh();
  }

  /** Reads every value from the backend again; rejects when the backend cannot answer. */
  async reload(): Promise<SettingValues> {
    const values = await this.backend.workspaceSettings();
    this.values.set(values);
    return values;
  }

  private refresh() {
    this.reload().catch((error) => {
      console.warn("The studio could not read the workspace settings:", error);
    });
  }

  get(key: string): unknown {
    return this.values.get()[key] ?? null;
  }

  /**
   * Saves a value (null clears it), showing it at once; resolves once the backend has it, or
   * rejects with the backend's reason, showing the saved value again.
   */
  set(key: string, value: unknown): Promise<void> {
    this.values.set((values) => ({ ...values, [key]: value ?? null }));
    const save = this.saving.then(async () => {
      try {
        await this.backend.setWorkspaceSetting(key, value ?? null);
        this.errors.set(({ [key]: _, ...others }) => others);
      } catch (error) {
        this.errors.set((errors) => ({ ...errors, [key]: messageOf(error) }));
        this.refresh();
        throw error;
      }
    });
    this.saving = save.catch(() => {});
    return save;
  }

  /** A save from a settings field: a refusal shows beside the field instead of being thrown. */
  save(key: string, value: unknown) {
    this.set(key, value).catch(() => {});
  }

  /** All values, each missing key of keys as null. */
  all(keys: string[] = []): SettingValues {
    const values = this.values.get();
    return Object.fromEntries([
      ...keys.map((key) => [key, null] as const),
      ...Object.entries(values),
    ]);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
