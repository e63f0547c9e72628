import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AttioWebhook, WebhookDelivery, WebhookRequest, WebhookTemplate } from "../../api";
import { useRoute } from "../../routing/route";
import { manifest } from "../../test/fixtures";
import { fakeRuntime, renderWithRuntime } from "../../test/runtimeHarness";
import { WebhooksPanel } from "./WebhooksPanel";

const handler = {
  id: "6414fb37-f45a-4eb1-9f76-e18a506dfeb1",
  url: "http://127.0.0.1:45897/webhooks/6414fb37-f45a-4eb1-9f76-e18a506dfeb1",
  fileName: "lead-processed",
  externalWebhookId: "wh_91b0c4",
};

function delivery(id: string, overrides: Partial<WebhookDelivery> = {}): WebhookDelivery {
  return {
    id,
    handlerId: handler.id,
    fileName: "lead-processed",
    origin: "callback",
    method: "POST",
    url: handler.url,
    request: {
      headers: [{ name: "Content-Type", value: "application/json" }],
      body: '{"lead_id":"lead_5d8e21","status":"processed"}',
      size: 46,
    },
    status: 204,
    response: { size: 0 },
    callId: "call-hook",
    parentCallId: "call-send",
    started: "2025-01-01T10:00:03.000Z",
    durationMs: 12,
    ...overrides,
  };
}

function attioWebhook(id: string, target: string, subscriptions: AttioWebhook["subscriptions"]) {
  return {
    id: { webhook_id: id },
    target_url: target,
    subscriptions,
    status: "active",
    created_at: "2025-01-01T09:00:00.000Z",
  };
}

function Routed() {
  const [route] = useRoute();
  return (
    <WebhooksPanel
      manifest={manifest({ webhooks: ["lead-processed"], webhookUrl: "http://127.0.0.1:45897" })}
      openDelivery={route.recordId}
    />
  );
}

function setup(methods: Record<string, (...args: never[]) => unknown> = {}) {
  let templates: WebhookTemplate[] = [];
  const { backend, runtime } = fakeRuntime({
    WebhookHandlers: () => [handler],
    AttioWebhooks: () => [
      attioWebhook("w1", handler.url, [{ event_type: "record.created", filter: null }]),
      attioWebhook("w2", "https://hooks.example/attio", [
        { event_type: "note.created", filter: { $and: [] } },
      ]),
    ],
    WebhookDeliveries: () => [delivery("d1")],
    WebhookTemplates: () => templates,
    SaveWebhookTemplate: (t: WebhookTemplate) => {
      const saved = { ...t, id: t.id ?? `t${templates.length + 1}` };
      templates = [...templates.filter((x) => x.id !== saved.id), saved];
      return saved;
    },
    SendWebhook: (_target: string, request: WebhookRequest) =>
      delivery("d-sent", {
        origin: "composer",
        request: { body: request.body, size: 2 },
        status: 400,
      }),
    ReplayWebhook: (id: string) => delivery("d-replay", { origin: "replay", replayOf: id }),
    WebhookCurl: () => "curl -X POST http://127.0.0.1:45897/webhooks/6414fb37",
    ...methods,
  });
  renderWithRuntime(runtime, <Routed />);
  return backend;
}

const deliveryRows = () => screen.queryAllByTestId("delivery-row");

beforeEach(() => window.history.replaceState(null, "", "#/webhooks"));
afterEach(() => vi.restoreAllMocks());

describe("the webhooks panel", () => {
  it("shows each handler's file, id, URL and external id", async () => {
    setup();
    const row = await screen.findByTestId("webhook-handler");
    expect(row.textContent).toContain("lead-processed");
    expect(row.textContent).toContain(handler.id);
    expect(row.textContent).toContain(handler.url);
    expect(within(row).getByTestId("external-webhook-id").textContent).toBe("wh_91b0c4");
    expect(screen.getByTestId("webhook-server").textContent).toContain("http://127.0.0.1:45897");
  });

  it("lists Attio's webhooks, saying which reach a handler and which the studio cannot reach", async () => {
    setup();
    await waitFor(() => expect(screen.queryAllByTestId("attio-webhook")).toHaveLength(2));
    const [toHandler, outside] = screen.getAllByTestId("attio-webhook");
    expect(toHandler.textContent).toContain("to the handler lead-processed");
    expect(toHandler.textContent).toContain("record.created");
    expect(outside.textContent).toContain("not delivered: the studio is offline");
    expect(outside.textContent).toContain("note.created (filtered)");
    expect(screen.getByTestId("attio-webhooks").textContent).toContain("Attio webhooks · 2");
  });

  it("keeps a delivery that arrives while the list is loading", async () => {
    let answer!: (list: WebhookDelivery[]) => void;
    const backend = setup({
      WebhookDeliveries: () => new Promise<WebhookDelivery[]>((resolve) => (answer = resolve)),
    });
    act(() =>
      backend.emit("webhook-delivery", delivery("d2", { started: "2025-01-01T10:00:09Z" })),
    );
    await act(async () => answer([delivery("d1"), delivery("d2")]));
    await waitFor(() => expect(deliveryRows()).toHaveLength(2));
  });

  it("adds deliveries as they arrive, newest first", async () => {
    const backend = setup();
    await waitFor(() => expect(deliveryRows()).toHaveLength(1));

    act(() =>
      backend.emit(
        "webhook-delivery",
        delivery("d2", { started: "2025-01-01T10:00:09Z", status: 500 }),
      ),
    );
    expect(deliveryRows().map((row) => within(row).getByTestId("status").textContent)).toEqual([
      "500",
      "204",
    ]);
    expect(deliveryRows()[1].textContent).toContain("Mock callback");
  });

  it("opens a delivery to show its request and answer, and replays it", async () => {
    const backend = setup();
    await waitFor(() => expect(deliveryRows()).toHaveLength(1));

    fireEvent.click(within(deliveryRows()[0]).getByRole("button", { expanded: false }));
    expect(window.location.hash).toBe("#/webhooks/d1");
    const request = screen.getByTestId("delivery-request");
    expect(request.textContent).toContain("Content-Type");
    expect(request.textContent).toContain('"lead_id": "lead_5d8e21"');
    expect(screen.getByTestId("delivery-response").textContent).toContain("No body");

    await act(async () => fireEvent.click(screen.getByTestId("replay-delivery")));
    expect(backend.calls("ReplayWebhook")).toEqual([["d1"]]);
    expect(window.location.hash).toBe("#/webhooks/d-replay");
    expect(deliveryRows()).toHaveLength(2);
    expect(screen.getByTestId("delivery-detail").textContent).toContain(
      "Replay of an earlier delivery",
    );
  });

  it("sends the composed request, signed, to the chosen handler and opens what came back", async () => {
    const backend = setup();
    await screen.findByTestId("webhook-handler");

    fireEvent.change(screen.getByTestId("composer-method"), { target: { value: "PUT" } });
    fireEvent.change(screen.getByTestId("composer-query"), { target: { value: "?source=test" } });
    fireEvent.change(screen.getByTestId("composer-body"), {
      target: { value: '{"reference":"r1"}' },
    });
    fireEvent.click(screen.getByTestId("composer-signed"));
    fireEvent.change(screen.getByTestId("signing-secret"), { target: { value: "whsec" } });
    fireEvent.click(screen.getByTestId("signing-encoding-base64"));
    await act(async () => fireEvent.click(screen.getByTestId("composer-send")));

    expect(backend.calls("SendWebhook")).toEqual([
      [
        handler.id,
        {
          method: "PUT",
          query: "source=test",
          headers: [{ name: "Content-Type", value: "application/json" }],
          body: '{"reference":"r1"}',
          signing: {
            header: "X-Signature",
            secret: "whsec",
            encoding: "base64",
            prefix: "sha256=",
          },
        },
      ],
    ]);
    expect(window.location.hash).toBe("#/webhooks/d-sent");
    expect(screen.getByTestId("delivery-detail").textContent).toContain("400");
  });

  it("shows why a send failed where the user pressed Send", async () => {
    setup({
      SendWebhook: () => {
        throw new Error('header name "X Bad" is not valid');
      },
    });
    await screen.findByTestId("webhook-handler");
    await act(async () => fireEvent.click(screen.getByTestId("composer-send")));
    expect(screen.getByTestId("composer-error").textContent).toBe(
      'header name "X Bad" is not valid',
    );
  });

  it("gives the request as curl and copies it", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.assign(navigator, { clipboard: { writeText } });
    const backend = setup();
    await screen.findByTestId("webhook-handler");

    await act(async () => fireEvent.click(screen.getByTestId("composer-curl")));

    expect(backend.calls("WebhookCurl")[0][0]).toBe(handler.id);
    expect(screen.getByTestId("curl-command").textContent).toContain("curl -X POST");
    expect(writeText).toHaveBeenCalledWith("curl -X POST http://127.0.0.1:45897/webhooks/6414fb37");
  });

  it("saves the draft as a template and fills the composer from it", async () => {
    const backend = setup();
    await screen.findByTestId("webhook-handler");
    fireEvent.change(screen.getByTestId("composer-target"), {
      target: { value: "lead-processed" },
    });
    fireEvent.change(screen.getByTestId("composer-body"), { target: { value: '{"done":true}' } });

    fireEvent.click(screen.getByTestId("save-template"));
    fireEvent.change(screen.getByTestId("template-name"), { target: { value: "Lead done" } });
    await act(async () => fireEvent.click(screen.getByTestId("template-save")));
    expect(backend.calls("SaveWebhookTemplate")[0][0]).toMatchObject({
      name: "Lead done",
      target: "lead-processed",
      request: { body: '{"done":true}' },
    });

    fireEvent.change(screen.getByTestId("composer-body"), { target: { value: "changed" } });
    await waitFor(() => expect(screen.getByRole("option", { name: "Lead done" })).toBeTruthy());
    fireEvent.change(screen.getByTestId("template-select"), { target: { value: "t1" } });
    expect((screen.getByTestId("composer-body") as HTMLTextAreaElement).value).toBe(
      '{"done":true}',
    );
  });
});
