package studio

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"attio-studio/backend/webhooks"
	"attio-studio/backend/workspace"
)

// An Attio webhook pointed at one of the app's webhook handlers hears the changes it subscribed
// to, those its filter passes, signed with its secret; the handler's call is recorded.
func TestAttioWebhookReachesTheAppsHandler(t *testing.T) {
	s := openAppWithTimeout(t, map[string]string{
		"package.json": `{"name": "attio-events"}`,
		"src/webhooks/attio-events.webhook.ts": `export default async function (request: Request) {
  const body = await request.json()
  console.log("heard " + body.events[0].event_type)
  return new Response(null, {status: 204})
}`,
	}, 0)
	handler, err := s.hooks.Create(t.Context(), "attio-events")
	if err != nil {
		t.Fatal(err)
	}
	people, err := s.workspace.Object("people")
	if err != nil {
		t.Fatal(err)
	}
	target := handler.URL
	subs := []workspace.WebhookSubscription{{EventType: "record.created",
		Filter: json.RawMessage(`{"$and": [{"field": "id.object_id", "operator": "equals", ` +
			`"value": "` + people.ID + `"}]}`)}}
	hook, err := s.workspace.CreateWebhook(workspace.WebhookInput{TargetURL: &target,
		Subscriptions: &subs})
	if err != nil {
		t.Fatal(err)
	}
	actor := workspace.Actor{Type: "api-token", ID: "token-1"}
	if _, err := s.workspace.CreateRecord("companies", map[string]any{"name": "Quiet Co"},
		actor); err != nil {
		t.Fatal(err)
	}
	person, err := s.workspace.CreateRecord("people",
		map[string]any{"name": "Mary Jackson"}, actor)
	if err != nil {
		t.Fatal(err)
	}

	var deliveries []webhooks.Delivery
	for deadline := time.Now().Add(10 * time.Second); len(deliveries) == 0; {
		if time.Now().After(deadline) {
			t.Fatal("no delivery reached the handler")
		}
		time.Sleep(20 * time.Millisecond)
		if deliveries, err = s.WebhookDeliveries(10); err != nil {
			t.Fatal(err)
		}
	}
	// The company's change was before the person's in the queue: it was filtered out.
	if len(deliveries) != 1 {
		t.Fatalf("%d deliveries, want only the person's", len(deliveries))
	}
	d := deliveries[0]
	var body struct {
		WebhookID string `json:"webhook_id"`
		Events    []struct {
			EventType string            `json:"event_type"`
			ID        map[string]string `json:"id"`
			Actor     map[string]string `json:"actor"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(d.Request.Body), &body); err != nil {
		t.Fatal(err)
	}
	if body.WebhookID != hook.ID.WebhookID || len(body.Events) != 1 ||
		body.Events[0].EventType != "record.created" ||
		body.Events[0].ID["record_id"] != person.ID.RecordID ||
		body.Events[0].ID["object_id"] != people.ID || body.Events[0].Actor["id"] != "token-1" {
		t.Errorf("the delivery said %s", d.Request.Body)
	}
	mac := hmac.New(sha256.New, []byte(hook.Secret))
	mac.Write([]byte(d.Request.Body))
	var signature string
	for _, h := range d.Request.Headers {
		if strings.EqualFold(h.Name, "Attio-Signature") {
			signature = h.Value
		}
	}
	if signature != hex.EncodeToString(mac.Sum(nil)) {
		t.Errorf("Attio-Signature %q does not sign the body with the webhook's secret", signature)
	}
	if d.Status != 204 || d.CallID == "" {
		t.Fatalf("the handler answered %d (call %q): %s", d.Status, d.CallID, d.Error)
	}
	call, err := s.Call(d.CallID)
	if err != nil || len(call.Console) != 1 || call.Console[0].Text != "heard record.created" {
		t.Errorf("the handler's call: %+v, %v", call.Console, err)
	}
}
