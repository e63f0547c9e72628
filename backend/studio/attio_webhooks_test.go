package studio

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"attio-studio/backend/store"
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

// A record's update is one event for each attribute whose values changed, each with its
// attribute_id, so a filter on attribute_id hears only the attribute it names. The target here
// is a local server, which the studio also delivers to.
func TestAttioWebhookHearsTheAttributesItFilters(t *testing.T) {
	s := openAppWithTimeout(t, map[string]string{"package.json": `{"name": "quiet"}`,
		"src/noop.server.ts": "export default async function () {}"}, 0)
	bodies := make(chan string, 8)
	local := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		bodies <- string(raw)
	}))
	defer local.Close()
	people, _ := s.workspace.Object("people")
	jobTitle, _ := people.Attribute("job_title")
	target := local.URL
	subs := []workspace.WebhookSubscription{{EventType: "record.updated",
		Filter: json.RawMessage(`{"$and": [{"field": "attribute_id", "operator": "equals", ` +
			`"value": "` + jobTitle.ID + `"}]}`)}}
	if _, err := s.workspace.CreateWebhook(workspace.WebhookInput{TargetURL: &target,
		Subscriptions: &subs}); err != nil {
		t.Fatal(err)
	}
	ada := workspace.SeedRecordID("people", "ada-lovelace")
	actor := workspace.Actor{Type: "api-token", ID: "token-1"}
	update := func(values map[string]any) {
		t.Helper()
		if _, err := s.workspace.UpdateRecord("people", ada, values, workspace.Overwrite,
			actor); err != nil {
			t.Fatal(err)
		}
	}
	update(map[string]any{"description": "Wrote the first program"})
	update(map[string]any{"job_title": "Countess", "description": "Analyst"})

	var body struct {
		Events []struct {
			EventType   string            `json:"event_type"`
			AttributeID string            `json:"attribute_id"`
			ID          map[string]string `json:"id"`
		} `json:"events"`
	}
	select {
	case raw := <-bodies:
		if err := json.Unmarshal([]byte(raw), &body); err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no delivery reached the local server")
	}
	if len(body.Events) != 1 || body.Events[0].EventType != "record.updated" ||
		body.Events[0].AttributeID != jobTitle.ID || body.Events[0].ID["record_id"] != ada {
		t.Errorf("the delivery held %+v, want Ada's job title alone", body.Events)
	}
	// The description-only update came first and was heard by no subscription.
	select {
	case raw := <-bodies:
		t.Errorf("a second delivery: %s", raw)
	default:
	}
}

// A delivery the target fails is sent again, the same body with the same signature, until it is
// taken.
func TestAFailedAttioWebhookDeliveryIsTriedAgain(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "data.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ws, err := workspace.Open(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	type attempt struct{ body, signature string }
	attempts := make(chan attempt, 8)
	failures := 2
	local := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		attempts <- attempt{string(raw), r.Header.Get("Attio-Signature")}
		if failures > 0 {
			failures--
			w.WriteHeader(http.StatusServiceUnavailable)
		}
	}))
	defer local.Close()
	target, subs := local.URL, []workspace.WebhookSubscription{{EventType: "record.created"}}
	if _, err := ws.CreateWebhook(workspace.WebhookInput{TargetURL: &target,
		Subscriptions: &subs}); err != nil {
		t.Fatal(err)
	}
	d := startAttioWebhooks(ws, slog.New(slog.DiscardHandler))
	d.retryDelays = []time.Duration{time.Millisecond, time.Millisecond, time.Millisecond}
	defer d.close()
	defer ws.Subscribe(d.enqueue)()
	if _, err := ws.CreateRecord("companies", map[string]any{"name": "Flaky Co"},
		workspace.System); err != nil {
		t.Fatal(err)
	}
	var got []attempt
	for len(got) < 3 {
		select {
		case a := <-attempts:
			got = append(got, a)
		case <-time.After(10 * time.Second):
			t.Fatalf("%d tries reached the target, want 3", len(got))
		}
	}
	if got[0] != got[1] || got[1] != got[2] || got[0].signature == "" {
		t.Errorf("the tries differ: %+v", got)
	}
}
