import { describe, expect, it } from "vitest";
import type { CallSummary } from "../../api/inspectorTypes";
import { call } from "../../test/fixtures";
import { matches, summarize } from "./callFilter";
import { applyLive } from "./useCallQuery";

const failing = call("000000000002", {
  name: "send-to-alc.server",
  status: "error",
  args: ["rec-1"],
  error: { name: "TypeError", message: "fetch failed" },
  console: [{ level: "log", text: "Sending Ada", atMs: 1 }],
});

describe("matches", () => {
  it.each([
    [{}, true],
    [{ statuses: ["error" as const] }, true],
    [{ statuses: ["ok" as const] }, false],
    [{ kinds: ["webhook"] }, false],
    [{ name: "send-to-alc.server" }, true],
    [{ name: "send-to-alc" }, false],
    [{ text: "SENDING ada" }, true],
    [{ text: "fetch failed" }, true],
    [{ text: "rec-1" }, true],
    [{ text: "nowhere" }, false],
  ])("%j → %s", (filter, want) => {
    expect(matches(filter, failing)).toBe(want);
  });
});

describe("applyLive", () => {
  const rows = (ids: string[]): CallSummary[] => ids.map((id) => summarize(call(id)));

  it("adds new calls on top and replaces known ones", () => {
    const current = rows(["000000000003", "000000000001"]);
    const next = applyLive(
      current,
      [call("000000000004"), call("000000000001", { status: "error" })],
      {},
    );
    expect(next.map((row) => [row.id, row.status])).toEqual([
      ["000000000004", "ok"],
      ["000000000003", "ok"],
      ["000000000001", "error"],
    ]);
  });

  it("removes a call that no longer passes and puts one that now passes in its place", () => {
    const current = rows(["000000000009", "000000000005"]).map((row) => ({
      ...row,
      status: "running" as const,
    }));
    const next = applyLive(current, [call("000000000009"), failing], { statuses: ["running"] });
    expect(next.map((row) => row.id)).toEqual(["000000000005"]);
    expect(
      applyLive(rows(["000000000009", "000000000001"]), [failing], {}).map((row) => row.id),
    ).toEqual(["000000000009", "000000000002", "000000000001"]);
  });
});
