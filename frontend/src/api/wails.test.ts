import { afterEach, describe, expect, it, vi } from "vitest";
import { createApi } from "./api";
import { createWailsTransport, hasWailsBindings } from "./wails";

type TestWindow = { go?: unknown; runtime?: unknown };
const testWindow = window as unknown as TestWindow;

afterEach(() => {
  delete testWindow.go;
  delete testWindow.runtime;
});

describe("Wails transport", () => {
  it("is chosen only when the Go bindings are on the page", () => {
    expect(hasWailsBindings()).toBe(false);
    testWindow.go = { app: { App: {} } };
    expect(hasWailsBindings()).toBe(true);
  });

  it("calls the bound method with positional arguments", async () => {
    const GetRecord = vi.fn(async () => ({ id: { record_id: "r1" } }));
    testWindow.go = { app: { App: { GetRecord } } };

    const record = await createApi(createWailsTransport()).getRecord("people", "r1");

    expect(GetRecord).toHaveBeenCalledWith("people", "r1");
    expect(record).toEqual({ id: { record_id: "r1" } });
  });

  it("listens for the studio's events before its first call goes out", async () => {
    const listeners = new Map<string, (data: unknown) => void>();
    testWindow.runtime = {
      EventsOn: (name: string, callback: (data: unknown) => void) => listeners.set(name, callback),
    };
    let listening = false;
    testWindow.go = {
      app: { App: { Manifest: async () => (listening = listeners.has("studio-events")) } },
    };
    await createApi(createWailsTransport()).manifest();
    expect(listening).toBe(true);
  });

  it("turns a Go error string into an Error", async () => {
    testWindow.go = { app: { App: { Manifest: () => Promise.reject("the app folder is gone") } } };
    await expect(createApi(createWailsTransport()).manifest()).rejects.toThrow(
      new Error("the app folder is gone"),
    );
  });

  it("hears the batched studio events and stops when unsubscribed", () => {
    const listeners = new Map<string, (data: unknown) => void>();
    testWindow.runtime = {
      EventsOn: (name: string, callback: (data: unknown) => void) => listeners.set(name, callback),
    };
    const api = createApi(createWailsTransport());
    const handler = vi.fn();
    const unsubscribe = api.on("build", handler);

    listeners.get("studio-events")?.([
      { name: "build", data: { version: 1 } },
      { name: "call", data: { id: "c1" } },
      { name: "build", data: { version: 2 } },
    ]);
    expect(handler.mock.calls).toEqual([[{ version: 1 }], [{ version: 2 }]]);

    unsubscribe();
    listeners.get("studio-events")?.([{ name: "build", data: { version: 3 } }]);
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it("reloads what is shown when the backend dropped events", () => {
    const listeners = new Map<string, (data: unknown) => void>();
    testWindow.runtime = {
      EventsOn: (name: string, callback: (data: unknown) => void) => listeners.set(name, callback),
    };
    const reload = vi.fn();
    createApi(createWailsTransport()).onReconnect(reload);
    listeners.get("studio-events-dropped")?.(undefined);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
