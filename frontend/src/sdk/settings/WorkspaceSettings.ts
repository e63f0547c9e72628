import { Store } from "../store";

/**
 * The app's workspace settings as the page sees them. Every key the app has not set reads as
 * null, as Attio's typed values do.
 */
// TODO: the values live in the page only; the backend keeps the server's
// experimental_getWorkspaceSetting values apart, and has no API for the page to share them, so a
// setting saved here is not seen by server code.
export class WorkspaceSettings {
  readonly values = new Store<Record<string, unknown>>({});

  get(key: string): unknown {
    return this.values.get()[key] ?? null;
  }

  set(key: string, value: unknown) {
    this.values.set((values) => ({ ...values, [key]: value }));
  }

  /** All values, each missing key of keys as null. */
  all(keys: string[] = []): Record<string, unknown> {
    const values = this.values.get();
    return Object.fromEntries([
      ...keys.map((key) => [key, null] as const),
      ...Object.entries(values),
    ]);
  }
}
