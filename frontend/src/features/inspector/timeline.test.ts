import { describe, expect, it } from "vitest";
import { call } from "../../test/fixtures";
import { mergeCalls } from "./callTree";
import { buildTimeline } from "./timeline";

const at = (second: number) => `2025-01-01T00:00:${String(second).padStart(2, "0")}.000Z`;

const keysAndDepths = (calls: Parameters<typeof buildTimeline>[0], collapsed = new Set<string>()) =>
  buildTimeline(calls, collapsed, Date.parse(at(59))).map((row) => [row.key, row.depth]);

describe("buildTimeline", () => {
  it.each([
    {
      name: "nests an action's server calls and queries under it, in the order they ran",
      calls: [
        call("srv", { parent: "act", started: at(3) }),
        call("act", { kind: "record-action", started: at(1) }),
        call("query", { parent: "act", kind: "query", started: at(2) }),
      ],
      want: [
        ["act", 0],
        ["query", 1],
        ["srv", 1],
      ],
    },
    {
      name: "lists roots newest first",
      calls: [call("old", { started: at(1) }), call("new", { started: at(5) })],
      want: [
        ["new", 0],
        ["old", 0],
      ],
    },
    {
      name: "shows a call whose parent is not loaded as a root",
      calls: [call("orphan", { parent: "gone", started: at(1) })],
      want: [["orphan", 0]],
    },
    {
      name: "nests several levels deep: a webhook delivered by a server call's mock callback",
      calls: [
        call("act", { kind: "record-action", started: at(1) }),
        call("srv", { parent: "act", started: at(2) }),
        call("hook", { parent: "srv", kind: "webhook", started: at(9) }),
      ],
      want: [
        ["act", 0],
        ["srv", 1],
        ["hook", 2],
      ],
    },
  ])("$name", ({ calls, want }) => {
    expect(keysAndDepths(calls)).toEqual(want);
  });

  it("puts what a call did among the calls it made, in the order it happened", () => {
    const calls = [
      call("act", {
        kind: "record-action",
        started: at(1),
        durationMs: 3000,
        notifications: [
          { type: "toast", detail: { title: "Sending…" }, atMs: 5 },
          { type: "toast", detail: { title: "Sent" }, atMs: 2500 },
        ],
      }),
      call("q", { parent: "act", kind: "query", started: at(1), durationMs: 4 }),
      call("srv", {
        parent: "act",
        started: at(2),
        durationMs: 700,
        console: [{ level: "log", text: "Lead created", atMs: 650 }],
        requests: [
          {
            method: "POST",
            url: "https://alc.test/leads",
            status: 201,
            source: "mock",
            atMs: 2,
            durationMs: 600,
          },
          {
            method: "PATCH",
            url: "https://api.attio.com/v2/x",
            status: 200,
            source: "attio-api",
            atMs: 660,
            durationMs: 3,
          },
        ],
      }),
    ];
    const rows = buildTimeline(calls, new Set(), Date.parse(at(59)));
    expect(rows.map((row) => [row.leaf?.type ?? row.call.id, row.depth, row.start])).toEqual([
      ["act", 0, 0],
      ["q", 1, 0],
      ["notification", 1, 5],
      ["srv", 1, 1000],
      ["request", 2, 1002],
      ["console", 2, 1650],
      ["request", 2, 1660],
      ["notification", 1, 2500],
    ]);
    expect(rows.every((row) => row.span === 3000)).toBe(true);
    expect(rows[4].end).toBe(1602);
    expect(rows[0].childCount).toBe(4);
  });

  it("hides what is under a collapsed call", () => {
    const calls = [
      call("a", { console: [{ level: "log", text: "x", atMs: 1 }] }),
      call("b", { parent: "a" }),
    ];
    expect(keysAndDepths(calls, new Set(["a"]))).toEqual([["a", 0]]);
  });
});

describe("mergeCalls", () => {
  it("replaces a running call when it finishes and keeps newest first", () => {
    const running = call("a", { status: "running", started: at(1) });
    let list = mergeCalls([], [running], 10);
    list = mergeCalls(list, [call("b", { started: at(2) })], 10);
    list = mergeCalls(list, [{ ...running, status: "ok" }], 10);
    expect(list.map((c) => [c.id, c.status])).toEqual([
      ["b", "ok"],
      ["a", "ok"],
    ]);
  });

  it("never lets a late start event undo a finish", () => {
    const done = call("a", { status: "ok" });
    expect(mergeCalls([done], [{ ...done, status: "running" }], 10)[0].status).toBe("ok");
  });

  it("keeps the newest calls up to the limit", () => {
    const calls = [1, 2, 3].map((s) => call(`c${s}`, { started: at(s) }));
    expect(mergeCalls([], calls, 2).map((c) => c.id)).toEqual(["c3", "c2"]);
  });
});
