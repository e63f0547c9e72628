import { describe, expect, it } from "vitest";
import { jsonProblem } from "./jsonProblem";

describe("jsonProblem", () => {
  const cycle = () => {
    const a: { b: { a?: unknown } } = { b: {} };
    a.b.a = a;
    return a;
  };
  const shared = {};
  it.each([
    ["plain JSON", { a: [1, "x", null, true, { b: 2.5 }] }, ""],
    ["a Date", { at: new Date(0) }, ""],
    ["undefined properties", { a: undefined, b: [undefined] }, ""],
    ["toJSON applied", { toJSON: () => ({ ok: 1 }), f() {} }, ""],
    ["a function", { user: { callback() {} } }, "args.user.callback is a function"],
    ["a function in an array", { items: [1, 2, () => 3] }, "args.items[2] is a function"],
    ["a quoted key", { "first name": () => 1 }, 'args["first name"] is a function'],
    ["a Map", { byId: new Map([[1, 2]]) }, "args.byId is a Map, which JSON turns into {}"],
    ["a Set", { tags: new Set(["a"]) }, "args.tags is a Set, which JSON turns into {}"],
    ["a WeakMap", [new WeakMap()], "args[0] is a WeakMap, which JSON turns into {}"],
    ["a BigInt", { n: 10n }, "args.n is a BigInt (10n)"],
    ["a symbol", { s: Symbol("x") }, "args.s is a symbol"],
    ["a cycle", cycle(), "args.b.a refers back to an object that contains it (a cycle)"],
    ["shared, not cyclic", [shared, shared], ""],
    [
      "a throwing toJSON",
      {
        toJSON() {
          throw new Error("nope");
        },
      },
      "args.toJSON() threw: nope",
    ],
  ])("%s", (_name, value, want) => {
    expect(jsonProblem(value, "args")).toBe(want);
  });
});
