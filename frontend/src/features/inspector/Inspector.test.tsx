import { act, fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { call } from "../../test/fixtures";
import { fakeRuntime, renderWithRuntime } from "../../test/runtimeHarness";
import { Inspector } from "./Inspector";

const at = (second: number) => `2025-01-01T00:00:${String(second).padStart(2, "0")}.000Z`;

function setup() {
  const { backend, runtime } = fakeRuntime({
    Calls: () => [
      call("srv-1", {
        parent: "act-1",
        name: "send-to-alc.server",
        args: ["rec-1"],
        started: at(2),
        status: "error",
        error: {
          name: "TypeError",
          message: "fetch failed",
          stack: "at send (src/send.server.ts:4:9)",
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
            durationMs: 12,
          },
        ],
      }),
      call("act-1", {
        kind: "record-action",
        name: "send-to-alc",
        started: at(1),
        status: "running",
      }),
    ],
  });
  renderWithRuntime(runtime, <Inspector />);
  return { backend, runtime };
}

describe("the inspector", () => {
  it("nests calls under the action that made them", async () => {
    setup();
    const inspector = screen.getByTestId("inspector");
    await within(inspector).findAllByTestId("call-row");

    const rows = within(inspector).getAllByTestId("call-row");
    expect(rows.map((row) => [row.dataset.callId, row.dataset.depth])).toEqual([
      ["act-1", "0"],
      ["srv-1", "1"],
    ]);
  });

  it("shows the selected call's error, location, console and requests", async () => {
    setup();
    const [, server] = await screen.findAllByTestId("call-row");
    fireEvent.click(server);

    const detail = screen.getByTestId("call-detail");
    expect(within(detail).getByTestId("call-error").textContent).toContain(
      "src/send.server.ts:4:9",
    );
    expect(detail.textContent).toContain("fetch failed");
    expect(within(detail).getByTestId("console-lines").textContent).toContain("sending rec-1");
    expect(within(detail).getByTestId("requests").textContent).toContain(
      "https://alc.example/leads",
    );
    expect(within(detail).getByTestId("requests").textContent).toContain("503");
  });

  it("adds and updates calls live from call events", async () => {
    const { backend } = setup();
    await screen.findAllByTestId("call-row");

    act(() =>
      backend.emit("call", call("q-1", { parent: "act-1", kind: "query", started: at(3) })),
    );
    act(() =>
      backend.emit("call", call("act-1", { kind: "record-action", started: at(1), status: "ok" })),
    );

    const rows = screen.getAllByTestId("call-row");
    expect(rows.map((row) => [row.dataset.callId, row.dataset.depth, row.dataset.status])).toEqual([
      ["act-1", "0", "ok"],
      ["srv-1", "1", "error"],
      ["q-1", "1", "ok"],
    ]);
  });
});
