import { describe, expect, it } from "vitest";
import { call } from "../../test/fixtures";
import { buildCallTree, flattenCallTree, mergeCalls, upsertCall } from "./callTree";

const at = (second: number) => `2025-01-01T00:00:${String(second).padStart(2, "0")}.000Z`;

describe("buildCallTree", () => {
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
      name: "nests several levels deep",
      calls: [
        call("a", { started: at(1) }),
        call("b", { parent: "a", started: at(2) }),
        call("c", { parent: "b", started: at(3) }),
      ],
      want: [
        ["a", 0],
        ["b", 1],
        ["c", 2],
      ],
    },
  ])("$name", ({ calls, want }) => {
    const lines = flattenCallTree(buildCallTree(calls), new Set());
    expect(lines.map((line) => [line.call.id, line.depth])).toEqual(want);
  });

  it("hides the children of a collapsed call", () => {
    const calls = [call("a"), call("b", { parent: "a" })];
    const lines = flattenCallTree(buildCallTree(calls), new Set(["a"]));
    expect(lines.map((line) => [line.call.id, line.childCount])).toEqual([["a", 1]]);
  });
});

describe("keeping the call list current", () => {
  it("replaces a running call when it finishes and adds new ones first", () => {
    const running = call("a", { status: "running" });
    let list = upsertCall([], running, 10);
    list = upsertCall(list, call("b"), 10);
    list = upsertCall(list, { ...running, status: "ok" }, 10);
    expect(list.map((c) => [c.id, c.status])).toEqual([
      ["b", "ok"],
      ["a", "ok"],
    ]);
  });

  it("merges a reload with calls that arrived meanwhile, newest first", () => {
    const loaded = [call("a", { started: at(1), status: "running" })];
    const current = [call("b", { started: at(2) }), call("a", { started: at(1), status: "ok" })];
    expect(mergeCalls(loaded, current).map((c) => [c.id, c.status])).toEqual([
      ["b", "ok"],
      ["a", "ok"],
    ]);
  });
});
