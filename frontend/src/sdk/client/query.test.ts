import { describe, expect, it } from "vitest";
import { fakeRuntime } from "../../test/runtimeHarness";

describe("runQuery", () => {
  it("returns the data and records the query under the current call", async () => {
    const { backend, runtime } = fakeRuntime({
      RunQuery: () => ({ data: { person: { name: { full_name: "Ada" } } } }),
    });
    runtime.calls.begin("call-5");

    const data = await runtime.client.runQuery("query P($id: String!) { person(id: $id) { id } }", {
      id: "r1",
    });

    expect(data).toEqual({ person: { name: { full_name: "Ada" } } });
    expect(backend.calls("RunQuery")[0].slice(1)).toEqual([{ id: "r1" }, "call-5"]);
  });

  it("throws an Error with the GraphQL errors' messages", async () => {
    const { runtime } = fakeRuntime({
      RunQuery: () => ({
        data: null,
        errors: [
          { message: 'Cannot query field "phone" on type "Person".' },
          { message: "Second" },
        ],
      }),
    });
    await expect(runtime.client.runQuery("{ person { phone } }")).rejects.toThrow(
      'Cannot query field "phone" on type "Person".\nSecond',
    );
  });
});
