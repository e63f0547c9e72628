package runtime

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"attio-studio/backend/outbound"
)

// exampleApp is the server side of examples/acme-lead-checker as the bundler lays it out:
// shared code at the top, each entry behind load().
var exampleApp = spec{
	prelude: `
const server = globalThis.__attioServerSDK;
const ALC_API = "https://api.acmeleadchecker.ai/api/v1";
function alcHeaders(token) { return { Authorization: "Bearer " + token, "Content-Type": "application/json" }; }`,
	functions: mods{"send-to-alc.server": `async function sendToAlc(recordId, name, phoneNumber) {
		const connection = server.getWorkspaceConnection();
		const response = await fetch(ALC_API + "/leads", { method: "POST",
			headers: alcHeaders(connection.value),
			body: JSON.stringify({ name, phone_number: phoneNumber, reference: recordId }) });
		if (!response.ok) {
			throw new Error("Acme Lead Checker refused the lead: " + response.status + " " + await response.text());
		}
		const lead = await response.json();
		console.log("Lead " + lead.id + " created for " + name);
		await server.attioFetch({ method: "PATCH", path: "/objects/people/records/" + recordId,
			body: { data: { values: { alc_status: "Pending" } } } });
		return { leadId: lead.id };
	}`},
	webhooks: mods{"lead-processed": `async function leadProcessed(request) {
		const event = await request.json().catch(() => null);
		if (typeof event?.reference !== "string") {
			return new Response("Expected a JSON body with a reference", { status: 400 });
		}
		await server.attioFetch({ method: "PATCH", path: "/objects/people/records/" + event.reference,
			body: { data: { values: { alc_status: "Complete" } } } });
		console.log("Lead " + event.lead_id + " complete");
		return new Response(null, { status: 204 });
	}`},
	events: mods{
		"connection-added": `async function connectionAdded({ connection }) {
			const handler = await server.createWebhookHandler({ fileName: "lead-processed" });
			const response = await fetch(ALC_API + "/webhooks", { method: "POST",
				headers: alcHeaders(connection.value),
				body: JSON.stringify({ url: handler.url, events: ["lead.processed"] }) });
			if (!response.ok) {
				await server.deleteWebhookHandler(handler.id);
				throw new Error("Acme Lead Checker refused the webhook: " + response.status);
			}
			const webhook = await response.json();
			await server.updateWebhookHandler(handler.id, { externalWebhookId: webhook.id });
		}`,
		"connection-removed": `async function connectionRemoved({ connection }) {
			for (const handler of await server.listWebhookHandlers()) {
				if (handler.externalWebhookId) {
					const response = await fetch(ALC_API + "/webhooks/" + handler.externalWebhookId, {
						method: "DELETE", headers: alcHeaders(connection.value),
					}).catch((error) => ({ ok: false, status: String(error) }));
					if (!response.ok) console.warn("Could not delete webhook " + handler.externalWebhookId);
				}
				await server.deleteWebhookHandler(handler.id);
			}
		}`,
	},
}

const exampleMocks = `[
	{"method": "POST", "url": "https://api.acmeleadchecker.ai/api/v1/leads",
	 "response": {"status": 201, "body": {"id": "lead_5d8e21", "status": "queued"}}},
	{"method": "POST", "url": "https://api.acmeleadchecker.ai/api/v1/webhooks",
	 "response": {"status": 201, "body": {"id": "wh_91b0c4"}}},
	{"method": "DELETE", "url": "https://api.acmeleadchecker.ai/api/v1/webhooks/*",
	 "response": {"status": 204}}
]`

// TestExampleApp runs the bundled example's whole server flow: the action's server function,
// the connection events and the webhook, through the outbound client with the example's mocks.
func TestExampleApp(t *testing.T) {
	rules, err := outbound.ParseRules([]byte(exampleMocks))
	if err != nil {
		t.Fatal(err)
	}
	var patched []string
	attio := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		patched = append(patched, r.Method+" "+r.URL.Path+" "+string(body))
		w.Write([]byte(`{"data":{}}`))
	})
	client := outbound.New(outbound.Options{Rules: rules, AttioAPI: attio,
		Network: failNetwork{t}})
	conn := Connection{ID: "conn-1", Value: "alc_test_7f3c9a2e",
		CreatedBy: Actor{Type: "user", ID: "u1"}, OwnedBy: Actor{Type: "workspace", ID: "w1"}}
	handlers := &fakeHandlers{}
	rt := New(compile(t, exampleApp), Services{Fetch: client.Do, AttioToken: "tok",
		Connections: fakeConnections{workspace: &conn}, WebhookHandlers: handlers}, Options{})
	ctx := context.Background()

	if ran, err := rt.RunEvent(ctx, "connection-added", conn); !ran || err != nil {
		t.Fatalf("connection-added: %v %v", ran, err)
	}
	call := recorded(t, func(ctx context.Context) {
		got, err := rt.CallFunction(ctx, "send-to-alc.server", args(`"rec-1"`, `"Ann"`, `"+447700900000"`))
		if err != nil || string(got) != `{"leadId":"lead_5d8e21"}` {
			t.Errorf("send-to-alc: %s, %v", got, err)
		}
	})
	if len(call.Console) != 1 || call.Console[0].Text != "Lead lead_5d8e21 created for Ann" {
		t.Errorf("console = %+v", call.Console)
	}
	if len(call.Requests) != 2 || call.Requests[0].Source != outbound.SourceMock ||
		call.Requests[1].Source != outbound.SourceAttioAPI ||
		call.Requests[0].RequestHeaders["Authorization"] != "Bearer ***" {
		t.Errorf("requests = %+v", call.Requests)
	}

	list, _ := handlers.List(ctx)
	req, _ := http.NewRequest("POST", list[0].URL,
		strings.NewReader(`{"lead_id":"lead_5d8e21","reference":"rec-1","status":"processed"}`))
	resp, err := rt.HandleWebhook(ctx, list[0].FileName, req)
	if err != nil || resp.Status != 204 {
		t.Fatalf("webhook: %+v, %v", resp, err)
	}
	if ran, err := rt.RunEvent(ctx, "connection-removed", conn); !ran || err != nil {
		t.Fatalf("connection-removed: %v %v", ran, err)
	}
	if list, _ := handlers.List(ctx); len(list) != 0 {
		t.Errorf("handlers left after removal: %+v", list)
	}
	want := []string{
		`PATCH /v2/objects/people/records/rec-1 {"data":{"values":{"alc_status":"Pending"}}}`,
		`PATCH /v2/objects/people/records/rec-1 {"data":{"values":{"alc_status":"Complete"}}}`,
	}
	if got, _ := json.Marshal(patched); string(got) != mustJSON(want) {
		t.Errorf("Attio API saw %s", got)
	}
}

type failNetwork struct{ t *testing.T }

func (f failNetwork) RoundTrip(r *http.Request) (*http.Response, error) {
	f.t.Errorf("unexpected network request to %s", r.URL)
	return nil, http.ErrNotSupported
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
