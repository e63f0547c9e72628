import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Call } from "../../api/types";
import { call, manifest } from "../../test/fixtures";
import { fakeRuntime, renderWithRuntime } from "../../test/runtimeHarness";
import { summarize } from "./callFilter";
import { createApi } from "../../api";
import { Runtime } from "../../sdk/runtime";
import { Inspector } from "./Inspector";
import { showCallInInspector } from "../webhooks/showCall";

const at = (second: number) => `2025-01-01T00:00:${String(second).padStart(2, "0")}.000Z`;

const server = call("000000000002", {
  parent: "000000000001",
  name: "send-to-alc.server",
  args: ["rec-1"],
  started: at(2),
  status: "error",
  error: {
    name: "TypeError",
    message: "fetch failed",
    stack: "TypeError: fetch failed\n    at send (src/send.server.ts:4:9)",
    file: "src/send.server.ts",
    line: 4,
    column: 9,
  },
  console: [{ level: "info", text: "sending rec-1", atMs: 1 }],
  requests: [
    {
      method: "POST",
      url: "https://alc.example/leads",
      status: 503,
      source: "mock",
      atMs: 2,
      durationMs: 12,
    },
  ],
});

const action = call("000000000001", {
  kind: "record-action",
  name: "send-to-alc",
  started: at(1),
  status: "running",
  notifications: [{ type: "toast", detail: { title: "Sending to ALC…" }, atMs: 3 }],
});

function setup(extra: Record<string, (...args: never[]) => unknown> = {}, window = false) {
  const { backend, runtime } = fakeRuntime({
    Manifest: () => manifest({ app: { name: "alc", dir: "/apps/alc" } }),
    Calls: () => [server, action],
    Call: (id: string) => [server, action].find((c) => c.id === id),
    QueryCalls: (filter: { statuses?: string[] }) => ({
      calls: [server, action]
        .filter((c) => !filter.statuses || filter.statuses.includes(c.status))
        .map(summarize),
    }),
    CountCalls: () => 2,
    SourceLines: (file: string, line: number) => ({
      file,
      path: `/apps/alc/${file}`,
      first: line - 1,
      line,
      lines: ["export default async function send(id) {", "  await fetch(url)", "}"],
    }),
    ...extra,
  });
  // The desktop window's transport says it has native file dialogs; its runtime is made anew.
  if (window) Object.defineProperty(backend, "nativeFileDialogs", { value: true });
  renderWithRuntime(window ? new Runtime(createApi(backend)) : runtime, <Inspector />);
  return { backend, runtime };
}

const rows = () => screen.getAllByTestId("call-row");

describe("the inspector's timeline", () => {
  it("shows each action as a tree: its toasts, server calls and what they did", async () => {
    setup();
    await screen.findAllByTestId("call-row");
    expect(rows().map((row) => [row.dataset.callId, row.dataset.depth])).toEqual([
      ["000000000001", "0"],
      ["000000000002", "1"],
    ]);
    const leaves = screen.getAllByTestId("timeline-leaf");
    expect(leaves.map((leaf) => [leaf.dataset.leafType, leaf.textContent])).toEqual([
      ["notification", expect.stringContaining("Sending to ALC…")],
      ["console", expect.stringContaining("sending rec-1")],
      ["request", expect.stringContaining("POST https://alc.example/leads → 503")],
    ]);
  });

  it("shows the selected call's error with its code frame and a link to the editor", async () => {
    setup();
    await screen.findAllByTestId("call-row");
    fireEvent.click(rows()[1]);

    const detail = screen.getByTestId("call-detail");
    expect(within(detail).getByTestId("call-error").textContent).toContain(
      "src/send.server.ts:4:9",
    );
    expect((await within(detail).findByTestId("code-frame")).textContent).toContain(
      "await fetch(url)",
    );
    expect(within(detail).getByTestId("open-in-editor").getAttribute("href")).toBe(
      "vscode://file/apps/alc/src/send.server.ts:4:9",
    );
    expect(within(detail).getByTestId("console-lines").textContent).toContain("sending rec-1");
    expect(within(detail).getByTestId("requests").textContent).toContain("503");
  });

  it("adds and updates calls live, keeping the call the user picked", async () => {
    const { backend } = setup();
    await screen.findAllByTestId("call-row");
    fireEvent.click(rows()[1]);
    await screen.findByTestId("code-frame");

    act(() => {
      backend.emit(
        "call",
        call("000000000003", { parent: "000000000001", kind: "query", started: at(3) }),
      );
      backend.emit("call", { ...action, status: "ok" });
      backend.emit("call", call("000000000004", { kind: "webhook", started: at(9) }));
    });

    await waitFor(() =>
      expect(rows().map((row) => [row.dataset.callId, row.dataset.status])).toEqual([
        ["000000000004", "ok"],
        ["000000000001", "ok"],
        ["000000000002", "error"],
        ["000000000003", "ok"],
      ]),
    );
    expect(screen.getByTestId("call-detail").dataset.callId).toBe("000000000002");
  });

  it("replays a server call deterministically and says there is no difference", async () => {
    const { backend } = setup({
      ReplayCall: (id: string, deterministic: boolean) => ({
        callId: "000000000009",
        originalId: id,
        mode: deterministic ? "deterministic" : "live",
        same: true,
        differences: [],
      }),
    });
    await screen.findAllByTestId("call-row");
    fireEvent.click(rows()[1]);
    await screen.findByTestId("code-frame");
    fireEvent.click(screen.getByTestId("replay-deterministic-button"));

    expect((await screen.findByTestId("replay-same")).textContent).toContain("No difference");
    expect(backend.calls("ReplayCall")).toEqual([["000000000002", true]]);
  });

  it("clears the log after a second click, and empties when the log is cleared", async () => {
    const { backend } = setup({ ClearCalls: () => null });
    await screen.findAllByTestId("call-row");
    fireEvent.click(screen.getByTestId("inspector-clear"));
    expect(backend.calls("ClearCalls")).toEqual([]);
    fireEvent.click(screen.getByTestId("inspector-clear"));
    expect(backend.calls("ClearCalls")).toEqual([[]]);

    act(() => backend.emit("calls-cleared", null));
    await waitFor(() => expect(rows().map((row) => row.dataset.callId)).toEqual(["000000000001"]));
  });
});

describe("a request from another view to show a call", () => {
  it("opens the call's parent, selects it and leaves the focus where it was", async () => {
    setup();
    await screen.findAllByTestId("call-row");
    fireEvent.click(screen.getAllByRole("treeitem")[0].querySelector(".timeline__toggle")!);
    await waitFor(() => expect(rows()).toHaveLength(1));
    const input = document.createElement("input");
    document.body.append(input);
    input.focus();

    let taken = false;
    act(() => {
      taken = showCallInInspector("000000000002");
    });

    expect(taken).toBe(true);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByTestId("call-detail").dataset.callId).toBe("000000000002");
    expect(rows()[1].getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(input);
    input.remove();
  });

  it("is not taken when no inspector is there", () => {
    expect(showCallInInspector("000000000002")).toBe(false);
  });
});

describe("the inspector's calls view", () => {
  it("filters calls by status through the backend", async () => {
    const { backend } = setup();
    fireEvent.click(await screen.findByTestId("inspector-tab-calls"));
    await waitFor(() => expect(screen.getAllByTestId("calls-view-row")).toHaveLength(2));

    fireEvent.change(screen.getByTestId("filter-status"), { target: { value: "error" } });
    await waitFor(() =>
      expect(screen.getAllByTestId("calls-view-row").map((row) => row.dataset.callId)).toEqual([
        "000000000002",
      ]),
    );
    expect(backend.calls("QueryCalls").at(-1)).toEqual([{ statuses: ["error"] }, 200, ""]);
    expect(screen.getByTestId("calls-view-count").textContent).toBe("1 of 2 calls");
  });
});

describe("importing a timeline", () => {
  it("shows the file's calls read-only until closed", async () => {
    const imported: Call[] = [call("000000000077", { name: "from-the-file" })];
    setup({
      ImportTimeline: (document: { calls: Call[] }) => ({
        format: "attio-studio/timeline",
        version: 1,
        app: "alc",
        exported: at(30),
        calls: document.calls,
      }),
    });
    await screen.findAllByTestId("call-row");
    const file = new File([JSON.stringify({ calls: imported })], "saved.timeline.json");
    fireEvent.change(screen.getByTestId("inspector-import-input"), { target: { files: [file] } });

    expect((await screen.findByTestId("imported-banner")).textContent).toContain(
      "saved.timeline.json",
    );
    expect(rows().map((row) => row.dataset.callId)).toEqual(["000000000077"]);
    expect(screen.queryByTestId("replay-deterministic-button")).toBeNull();

    fireEvent.click(screen.getByTestId("imported-close"));
    await waitFor(() => expect(rows()).toHaveLength(2));
  });
});

describe("export and import in the desktop window", () => {
  it("saves and opens timelines through the window's own dialogs", async () => {
    const { backend } = setup(
      {
        ExportCallsToFile: () => "/home/ada/alc.timeline.json",
        ImportTimelineFromFile: () => ({
          fileName: "alc.timeline.json",
          timeline: {
            format: "attio-studio/timeline",
            version: 1,
            app: "alc",
            exported: at(30),
            calls: [call("000000000077", { name: "from-the-file" })],
          },
        }),
      },
      true,
    );
    await screen.findAllByTestId("call-row");
    fireEvent.click(screen.getByTestId("inspector-export"));
    fireEvent.click(await screen.findByTestId("export-timeline-json"));
    await waitFor(() =>
      expect(backend.calls("ExportCallsToFile")).toEqual([
        [[], "json", "alc-timeline.timeline.json"],
      ]),
    );
    expect(backend.calls("ExportTimeline")).toEqual([]);

    fireEvent.click(screen.getByTestId("inspector-import"));
    expect((await screen.findByTestId("imported-banner")).textContent).toContain(
      "alc.timeline.json",
    );
    expect(rows().map((row) => row.dataset.callId)).toEqual(["000000000077"]);
  });
});
