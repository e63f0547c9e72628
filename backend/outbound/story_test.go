package outbound

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"testing"

	"attio-studio/backend/store"
	"attio-studio/backend/webhooks"
)

// exampleLeadRule is the rule the example app needs to run its whole story by itself: Acme
// Lead Checker takes the lead, then calls the app's lead-processed webhook back.
const exampleLeadRule = `[{
  "method": "POST",
  "url": "https://api.acmeleadchecker.ai/api/v1/leads",
  "response": {
    "status": 201,
    "body": {"id": "lead_5d8e21", "status": "queued"},
    "callback": {
      "afterMs": 3000,
      "webhook": "lead-processed",
      "body": {"lead_id": "{{response.body.id}}", "reference": "{{request.body.reference}}",
               "status": "processed"}
    }
  }
}]`

// TestCallbackThroughTheWebhookServer wires the client to a webhooks.Server as the studio does
// and checks the handler file gets the callback, as a delivery under the call that caused it.
func TestCallbackThroughTheWebhookServer(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "data.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var got []byte
	var hooks *webhooks.Server
	handlers := webhooks.NewHandlers(st, func() string { return hooks.BaseURL() })
	hooks = webhooks.NewServer(handlers, func(_ context.Context, h webhooks.Handler,
		r *http.Request) (*webhooks.Response, error) {
		got, _ = io.ReadAll(r.Body)
		return &webhooks.Response{Status: 204, CallID: "webhook-call"}, nil
	}, slog.New(slog.DiscardHandler))
	if _, err := handlers.Create(context.Background(), "lead-processed"); err != nil {
		t.Fatal(err)
	}

	rules, err := ParseRules([]byte(exampleLeadRule))
	if err != nil {
		t.Fatal(err)
	}
	clock := &fakeClock{}
	c := New(Options{Rules: rules, AfterFunc: clock.AfterFunc,
		Deliver: func(ctx context.Context, file string, req *http.Request, cause string) error {
			_, err := hooks.DeliverFile(ctx, file, req, cause)
			return err
		}})
	defer c.Close()

	sent := send(t, c, context.Background(), "POST",
		"https://api.acmeleadchecker.ai/api/v1/leads",
		`{"name":"Ada","phone_number":"+44","reference":"rec-7"}`)
	if sent.err != nil || sent.status != 201 {
		t.Fatalf("send to ALC: %d %v", sent.status, sent.err)
	}
	clock.fire()

	want := `{"lead_id":"lead_5d8e21","reference":"rec-7","status":"processed"}`
	if string(got) != want {
		t.Errorf("the handler got %s, want %s", got, want)
	}
	list, err := hooks.Deliveries(0)
	if err != nil || len(list) != 1 {
		t.Fatalf("deliveries %v %v", list, err)
	}
	if d := list[0]; d.Origin != webhooks.OriginCallback || d.ParentCallID != sent.callID ||
		d.CallID != "webhook-call" || d.Status != 204 {
		t.Errorf("delivery %+v", d)
	}
}
