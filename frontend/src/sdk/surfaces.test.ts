import { describe, expect, it } from "vitest";
import { personAttributes } from "../test/fixtures";
import { appliesTo, type ObjectsFilter } from "./surfaces";

const action = (objects: ObjectsFilter | undefined) => ({ id: "a", label: "A", objects });

describe("appliesTo", () => {
  it.each([
    { name: "no filter", objects: undefined, object: "deals", want: true },
    { name: "a matching slug", objects: "people", object: "people", want: true },
    { name: "another slug", objects: "people", object: "companies", want: false },
    { name: "a list with the slug", objects: ["deals", "people"], object: "people", want: true },
    { name: "a singular name", objects: "person", object: "people", want: true },
    {
      name: "a predicate on the attributes",
      objects: ({ attributes }: { attributes: { type: string }[] }) =>
        attributes.some((attribute) => attribute.type === "entity-reference"),
      object: "people",
      want: true,
    },
  ])("$name → $want", ({ objects, object, want }) => {
    expect(appliesTo(action(objects as ObjectsFilter), object, personAttributes)).toBe(want);
  });

  it("treats a throwing predicate as no and reports its error", () => {
    const errors: unknown[] = [];
    const throwing = () => {
      throw new Error("bad predicate");
    };
    expect(appliesTo(action(throwing), "people", [], (e) => errors.push(e))).toBe(false);
    expect(errors).toEqual([new Error("bad predicate")]);
  });
});
