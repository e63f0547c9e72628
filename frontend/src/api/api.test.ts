import { describe, expect, it } from "vitest";
import { FakeTransport } from "../test/fakeTransport";
import { createApi, type StudioApi } from "./api";
import { isMissingMethod } from "./transport";

const query = { filter: { name: { $contains: "ada" } }, limit: 100, offset: 200 };

describe("the workspace editor's backend methods", () => {
  it.each<{
    name: string;
    run: (api: StudioApi) => Promise<unknown>;
    method: string;
    args: unknown[];
  }>([
    {
      name: "queryRecords",
      run: (api) => api.queryRecords("people", query),
      method: "QueryRecords",
      args: ["people", query],
    },
    {
      name: "countRecords",
      run: (api) => api.countRecords("people"),
      method: "CountRecords",
      args: ["people"],
    },
    {
      name: "searchRecords",
      run: (api) => api.searchRecords("companies", "lum", 20),
      method: "SearchRecords",
      args: ["companies", "lum", 20],
    },
    {
      name: "createRecord",
      run: (api) => api.createRecord("people", { job_title: "CTO" }),
      method: "CreateRecord",
      args: ["people", { job_title: "CTO" }],
    },
    {
      name: "updateRecord",
      run: (api) => api.updateRecord("people", "r1", { phone_numbers: ["+447700900999"] }, true),
      method: "UpdateRecord",
      args: ["people", "r1", { phone_numbers: ["+447700900999"] }, true],
    },
    {
      name: "deleteRecord",
      run: (api) => api.deleteRecord("people", "r1"),
      method: "DeleteRecord",
      args: ["people", "r1"],
    },
    {
      name: "addAttribute",
      run: (api) => api.addAttribute("people", { slug: "tier", title: "Tier", type: "select" }),
      method: "AddAttribute",
      args: ["people", { slug: "tier", title: "Tier", type: "select" }],
    },
    {
      name: "createObject",
      run: (api) =>
        api.createObject({ apiSlug: "projects", singularNoun: "Project", pluralNoun: "Projects" }),
      method: "CreateObject",
      args: [{ apiSlug: "projects", singularNoun: "Project", pluralNoun: "Projects" }],
    },
    {
      name: "resetWorkspace",
      run: (api) => api.resetWorkspace(),
      method: "ResetWorkspace",
      args: [],
    },
    {
      name: "exportWorkspace",
      run: (api) => api.exportWorkspace(),
      method: "ExportWorkspace",
      args: [],
    },
    {
      name: "importWorkspace",
      run: (api) => api.importWorkspace({ objects: [] }),
      method: "ImportWorkspace",
      args: [{ objects: [] }],
    },
  ])("$name calls $method with positional arguments", async ({ run, method, args }) => {
    const backend = new FakeTransport({ [method]: () => null });
    await run(createApi(backend));
    expect(backend.log).toEqual([{ method, args }]);
  });

  it("answers empty lists for a null from the backend", async () => {
    const backend = new FakeTransport({ QueryRecords: () => null, Members: () => null });
    const api = createApi(backend);
    expect(await api.queryRecords("people", query)).toEqual([]);
    expect(await api.members()).toEqual([]);
  });

  it.each([
    { message: 'The studio has no method "CountRecords"', missing: true },
    { message: "The studio backend has no method CountRecords.", missing: true },
    { message: 'No object "projects" in the workspace.', missing: false },
  ])("tells a missing method from other failures: $message", ({ message, missing }) => {
    expect(isMissingMethod(new Error(message))).toBe(missing);
  });
});
