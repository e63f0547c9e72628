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

  it("turns a Go error string into an Error", async () => {
    testWindow.go = { app: { App: { Manifest: () => Promise.reject("the app folder is gone") } } };
    await expect(createApi(createWailsTransport()).manifest()).rejects.toThrow(
      new Error("the app folder is gone"),
    );
  });

  it("listens to Wails events and stops when unsubscribed", () => {
    const off = vi.fn();
    const EventsOn = vi.fn(() => off);
    testWindow.runtime = { EventsOn };
    const handler = vi.fn();

    const unsubscribe = createApi(createWailsTransport()).on("build", handler);
    expect(EventsOn).toHaveBeenCalledWith("build", handler);
    unsubscribe();
    expect(off).toHaveBeenCalled();
  });
});
