import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeRuntime, renderWithRuntime } from "../test/runtimeHarness";
import { NotAnAttioComponentError } from "./jsxGuard";
import { pageClosed } from "./runtime";

// What the studio's esbuild step produces for a small Gen 1 app, written by hand: an IIFE that
// reads its imports from the host and registers its surfaces.
const appBundle = `(() => {
  const host = globalThis.__attioStudioHost;
  const { jsx, jsxs } = host.modules["react/jsx-runtime"];
  const { showToast, showDialog, TextBlock, Button } = host.modules["attio/client"];
  const sendToAlc = async (...args) => host.runServerFunction("send-to-alc.server", args);
  const Dialog = ({ hideDialog }) => jsxs(host.modules.react.Fragment, { children: [
    jsx(TextBlock, { children: "Ready to send?" }),
    jsx(Button, { label: "Close", onClick: hideDialog }),
  ] });
  host.registerSurfaces({
    recordActions: [
      { id: "send-to-alc", label: "Send to ALC", objects: ["people"], file: "src/send.tsx",
        onTrigger: async ({ recordId }) => {
          const sent = await sendToAlc(recordId);
          await showToast({ variant: "success", title: "Sent " + sent.ref });
        } },
      { id: "open-dialog", label: "Open", onTrigger: () => showDialog({ title: "Send", Dialog }) },
      { id: "broken", label: "Broken", onTrigger: async () => { throw new TypeError("boom"); } },
    ],
    widgets: [],
  });
})();`;

afterEach(() => vi.restoreAllMocks());

describe("loading the app's client bundle", () => {
  it("registers the app's surfaces with their functions", () => {
    const { runtime } = fakeRuntime();
    runtime.loadBundle({ version: 1, code: appBundle });

    const app = runtime.app.get();
    expect(app.surfaces.recordActions.map((action) => action.label)).toEqual([
      "Send to ALC",
      "Open",
      "Broken",
    ]);
    expect(typeof app.surfaces.recordActions[0].onTrigger).toBe("function");
    expect(app.mount).toBe(1);
  });

  it("keeps the last good app and shows the error when a new bundle throws", () => {
    const { runtime } = fakeRuntime();
    runtime.loadBundle({ version: 1, code: appBundle });
    runtime.loadBundle({ version: 2, code: "throw new ReferenceError('helper is not defined')" });

    expect(runtime.app.get().surfaces.recordActions).toHaveLength(3);
    expect(runtime.appErrors.errors.get()).toMatchObject([
      { title: "The app's client code threw while loading", message: "helper is not defined" },
    ]);

    runtime.loadBundle({ version: 3, code: appBundle });
    expect(runtime.appErrors.errors.get()).toEqual([]);
    expect(runtime.app.get().mount).toBe(2);
  });
});

describe("icons that name the app's images", () => {
  const bundleWithIcons = `globalThis.__attioStudioHost.registerSurfaces({
    recordActions: [
      { id: "a", label: "A", icon: "logo.png", file: "src/a.tsx", onTrigger() {} },
      { id: "b", label: "B", icon: "missing.png", file: "src/b.tsx", onTrigger() {} },
    ],
  });`;

  it("loads each image once a build and warns about one src/assets lacks", async () => {
    const { backend, runtime } = fakeRuntime({
      AppAsset: (name: string) => {
        if (name === "logo.png") return "data:image/png;base64,AAAA";
        throw new Error(`src/assets/${name} does not exist`);
      },
    });
    runtime.loadBundle({ version: 1, code: bundleWithIcons });
    await expect(runtime.assetUrl("logo.png")).resolves.toBe("data:image/png;base64,AAAA");
    await waitFor(() =>
      expect(runtime.appErrors.warnings.get()).toMatchObject([
        {
          title: 'Icon "missing.png" not found',
          message:
            '"B" (src/b.tsx) uses the icon "missing.png", but src/assets/missing.png does not ' +
            "exist. The default icon is drawn instead.",
        },
      ]),
    );
    expect(backend.calls("AppAsset")).toEqual([["logo.png"], ["missing.png"]]);

    runtime.loadBundle({ version: 2, code: bundleWithIcons });
    expect(backend.calls("AppAsset")).toHaveLength(4);
  });
});

describe("running a record action", () => {
  it("records the action, its server call and its toast under one call", async () => {
    const { backend, runtime } = fakeRuntime({
      CallServerFunction: () => ({ callId: "call-srv", result: { ref: "ALC-42" } }),
    });
    renderWithRuntime(runtime, null);
    runtime.loadBundle({ version: 1, code: appBundle });
    const [send] = runtime.app.get().surfaces.recordActions;

    await act(() => runtime.runRecordAction(send, { recordId: "rec-1", object: "people" }));

    expect(backend.calls("StartCall")).toEqual([
      ["record-action", "send-to-alc", { recordId: "rec-1", object: "people" }, ""],
    ]);
    expect(backend.calls("CallServerFunction")).toEqual([
      ["send-to-alc.server", ["rec-1"], "call-1"],
    ]);
    expect(backend.calls("RecordNotification")[0].slice(0, 2)).toEqual(["call-1", "toast"]);
    expect(backend.calls("FinishCall")).toEqual([["call-1", null]]);
    expect(screen.getByTestId("toast").textContent).toContain("Sent ALC-42");
  });

  it("finishes the call only after its notifications reached the backend, in order", async () => {
    const arrived: string[] = [];
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    const { backend, runtime } = fakeRuntime({
      CallServerFunction: () => ({ callId: "srv", result: { ref: "ALC-1" } }),
      RecordNotification: async (_id: string, type: string) => {
        if (arrived.length === 0) await firstHeld;
        arrived.push(type);
      },
      FinishCall: () => void arrived.push("finish"),
    });
    runtime.loadBundle({ version: 1, code: appBundle });
    const [send] = runtime.app.get().surfaces.recordActions;

    await act(() => runtime.runRecordAction(send, { recordId: "rec-1", object: "people" }));
    expect(backend.calls("FinishCall")).toEqual([]);

    releaseFirst();
    await waitFor(() => expect(arrived).toEqual(["toast", "finish"]));
  });

  it("rejects the app's await with the server function's error, for the app to catch", async () => {
    const { runtime } = fakeRuntime({
      CallServerFunction: () => ({
        callId: "call-srv",
        error: { name: "AttioError", message: "ALC is down", code: "upstream" },
      }),
    });
    const failure = runtime.runServerFunction("send-to-alc.server", ["rec-1"]);
    await expect(failure).rejects.toMatchObject({
      name: "AttioError",
      message: "ALC is down",
      code: "upstream",
    });
    await expect(failure).rejects.toBeInstanceOf(Error);
  });

  it("refuses an argument JSON would change, at the app's call, without calling the server", async () => {
    const { backend, runtime } = fakeRuntime();
    const failure = runtime.runServerFunction("send-to-alc.server", ["rec-1", { tags: new Set() }]);
    await expect(failure).rejects.toMatchObject({
      name: "TypeError",
      code: "not-serializable",
      message:
        "send-to-alc.server was called with an argument that cannot be sent to the server as " +
        "JSON: args[1].tags is a Set, which JSON turns into {}. Pass only objects, arrays, " +
        "strings, numbers, booleans and null.",
    });
    expect(backend.calls("CallServerFunction")).toEqual([]);
  });

  it("finishes the call with the error and shows it when the action throws", async () => {
    const { backend, runtime } = fakeRuntime();
    renderWithRuntime(runtime, null);
    runtime.loadBundle({ version: 1, code: appBundle });
    const broken = runtime.app.get().surfaces.recordActions[2];

    await act(() => runtime.runRecordAction(broken, { recordId: "rec-1", object: "people" }));

    const [[callId, error]] = backend.calls("FinishCall") as [
      string,
      { name: string; message: string },
    ][];
    expect(callId).toBe("call-1");
    expect(error).toMatchObject({ name: "TypeError", message: "boom" });
    expect(runtime.appErrors.errors.get()[0]).toMatchObject({
      title: 'The action "Broken" failed',
      message: "boom",
    });
  });

  it("opens the app's dialog with its buttons in the footer, the action running until it closes", async () => {
    const { backend, runtime } = fakeRuntime();
    renderWithRuntime(runtime, null);
    runtime.loadBundle({ version: 1, code: appBundle });
    const open = runtime.app.get().surfaces.recordActions[1];

    let finished = false;
    let running!: Promise<void>;
    act(() => {
      running = runtime.runRecordAction(open, { recordId: "rec-1", object: "people" });
      void running.then(() => (finished = true));
    });

    const dialog = await screen.findByTestId("dialog");
    await waitFor(() => expect(dialog.textContent).toContain("Ready to send?"));
    const close = screen.getByText("Close");
    expect(close.closest(".dialog-panel__footer")).not.toBeNull();
    expect(backend.calls("RecordNotification")[0].slice(0, 3)).toEqual([
      "call-1",
      "dialog",
      { title: "Send" },
    ]);
    expect(finished).toBe(false);
    expect(backend.calls("FinishCall")).toEqual([]);

    fireEvent.click(close);
    expect(screen.queryByTestId("dialog")).toBeNull();
    await act(() => running);
    expect(backend.calls("FinishCall")).toEqual([["call-1", null]]);
  });

  it("ends the calls still open when the page goes away, sent so as to outlive it", async () => {
    const { backend, runtime } = fakeRuntime({
      CallServerFunction: () => ({ callId: "call-srv", result: { ref: "ALC-42" } }),
    });
    renderWithRuntime(runtime, null);
    runtime.loadBundle({ version: 1, code: appBundle });
    const [send, open] = runtime.app.get().surfaces.recordActions;

    await act(() => runtime.runRecordAction(send, { recordId: "rec-1", object: "people" }));
    act(() => void runtime.runRecordAction(open, { recordId: "rec-1", object: "people" }));
    await screen.findByTestId("dialog");

    runtime.endOpenCalls();
    const finishes = backend.log.filter((entry) => entry.method === "FinishCall");
    expect(finishes.map(({ args, options }) => [...args, options?.keepalive])).toEqual([
      ["call-1", null, false],
      ["call-2", pageClosed, true],
    ]);
    runtime.endOpenCalls();
    expect(backend.calls("FinishCall")).toHaveLength(2);
  });
});

describe("the JSX guard", () => {
  it("throws an error naming the HTML element an app renders", () => {
    const { runtime } = fakeRuntime();
    const jsxRuntime = runtime.modules["react/jsx-runtime"] as {
      jsx: (t: unknown, p: unknown) => unknown;
    };
    const react = runtime.modules.react as { createElement: (t: unknown) => unknown };

    expect(() => jsxRuntime.jsx("div", {})).toThrow(new NotAnAttioComponentError("div"));
    expect(() => jsxRuntime.jsx("div", {})).toThrow(
      '<div> is not an Attio component: Attio apps render only components from "attio/client"' +
        " (such as TextBlock, Section or Button), not HTML elements.",
    );
    expect(() => react.createElement("span")).toThrow("<span> is not an Attio component");
  });

  it("shows the error in the dialog instead of blanking the studio", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { runtime } = fakeRuntime();
    renderWithRuntime(runtime, null);
    runtime.loadBundle({
      version: 1,
      code: `(() => {
        const host = globalThis.__attioStudioHost;
        const { jsx } = host.modules["react/jsx-runtime"];
        const { showDialog } = host.modules["attio/client"];
        host.registerSurfaces({ recordActions: [{ id: "d", label: "D", onTrigger: () =>
          showDialog({ title: "Bad", Dialog: () => jsx("div", { children: "hi" }) }) }] });
      })();`,
    });

    act(() => {
      void runtime.runRecordAction(runtime.app.get().surfaces.recordActions[0], {
        recordId: "r",
        object: "people",
      });
    });

    const dialog = await screen.findByTestId("dialog");
    await waitFor(() => expect(dialog.textContent).toContain("<div> is not an Attio component"));
  });
});
