import { describe, expect, it } from "vitest";
import { FakeTransport } from "../test/fakeTransport";
import { createApi, type StudioApi } from "./api";

const request = { method: "POST", headers: [{ name: "X-A", value: "1" }], body: "{}" };
const rule = { method: "GET", url: "https://api.example.com/*", response: { status: 204 } };
const settings = {
  mode: "offline" as const,
  faults: { "api.example.com": { kind: "reset" as const } },
};

describe("the outside world's backend methods", () => {
  it.each<{
    name: string;
    run: (api: StudioApi) => Promise<unknown>;
    method: string;
    args: unknown[];
  }>([
    { name: "connections", run: (api) => api.connections(), method: "Connections", args: [] },
    {
      name: "addConnection",
      run: (api) => api.addConnection({ kind: "user", key: "crm", value: "s3cret" }),
      method: "AddConnection",
      args: [{ kind: "user", key: "crm", value: "s3cret" }],
    },
    {
      name: "removeConnection",
      run: (api) => api.removeConnection("c1"),
      method: "RemoveConnection",
      args: ["c1"],
    },
    { name: "currentUser", run: (api) => api.currentUser(), method: "CurrentUser", args: [] },
    {
      name: "setCurrentUser",
      run: (api) => api.setCurrentUser("m-priya"),
      method: "SetCurrentUser",
      args: ["m-priya"],
    },
    {
      name: "webhookHandlers",
      run: (api) => api.webhookHandlers(),
      method: "WebhookHandlers",
      args: [],
    },
    {
      name: "webhookDeliveries",
      run: (api) => api.webhookDeliveries(50),
      method: "WebhookDeliveries",
      args: [50],
    },
    {
      name: "sendWebhook",
      run: (api) => api.sendWebhook("lead-processed", request),
      method: "SendWebhook",
      args: ["lead-processed", request],
    },
    {
      name: "replayWebhook",
      run: (api) => api.replayWebhook("d1"),
      method: "ReplayWebhook",
      args: ["d1"],
    },
    {
      name: "webhookCurl",
      run: (api) => api.webhookCurl("h1", request),
      method: "WebhookCurl",
      args: ["h1", request],
    },
    {
      name: "webhookTemplates",
      run: (api) => api.webhookTemplates(),
      method: "WebhookTemplates",
      args: [],
    },
    {
      name: "saveWebhookTemplate",
      run: (api) => api.saveWebhookTemplate({ name: "Done", target: "h1", request }),
      method: "SaveWebhookTemplate",
      args: [{ name: "Done", target: "h1", request }],
    },
    {
      name: "deleteWebhookTemplate",
      run: (api) => api.deleteWebhookTemplate("t1"),
      method: "DeleteWebhookTemplate",
      args: ["t1"],
    },
    {
      name: "setWebhookPort",
      run: (api) => api.setWebhookPort(4100),
      method: "SetWebhookPort",
      args: [4100],
    },
    { name: "mockRules", run: (api) => api.mockRules(), method: "MockRules", args: [] },
    {
      name: "saveMockRules",
      run: (api) => api.saveMockRules([rule]),
      method: "SaveMockRules",
      args: [[rule]],
    },
    { name: "outbound", run: (api) => api.outbound(), method: "Outbound", args: [] },
    {
      name: "setOutbound",
      run: (api) => api.setOutbound(settings),
      method: "SetOutbound",
      args: [settings],
    },
    { name: "call", run: (api) => api.call("call-1"), method: "Call", args: ["call-1"] },
  ])("$name calls $method with its arguments in order", async ({ run, method, args }) => {
    const backend = new FakeTransport({ [method]: () => ({ mode: "", faults: null }) });
    await run(createApi(backend));
    expect(backend.calls(method)).toEqual([args]);
  });

  it.each(["Connections", "WebhookHandlers", "WebhookDeliveries", "WebhookTemplates", "MockRules"])(
    "reads a null list from %s as empty",
    async (method) => {
      const api = createApi(new FakeTransport({ [method]: () => null }));
      const lists: Record<string, () => Promise<unknown[]>> = {
        Connections: api.connections,
        WebhookHandlers: api.webhookHandlers,
        WebhookDeliveries: () => api.webhookDeliveries(10),
        WebhookTemplates: api.webhookTemplates,
        MockRules: api.mockRules,
      };
      expect(await lists[method]()).toEqual([]);
    },
  );

  it("reads an empty mode as the default and null faults as none", async () => {
    const api = createApi(new FakeTransport({ Outbound: () => ({ mode: "", faults: null }) }));
    expect(await api.outbound()).toEqual({ mode: "mocks-then-network", faults: {} });
  });

  it("rejects with the backend's message when an app's event throws", async () => {
    const message = "the app's connection-added handler threw, so nothing changed: bad key";
    const api = createApi(
      new FakeTransport({
        AddConnection: () => {
          throw new Error(message);
        },
      }),
    );
    await expect(api.addConnection({ kind: "workspace", key: "", value: "x" })).rejects.toThrow(
      message,
    );
  });
});
