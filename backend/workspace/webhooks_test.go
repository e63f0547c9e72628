package workspace

import "testing"

// HasWebhooks follows webhooks being created and deleted, and the workspace being reset.
func TestHasWebhooksFollowsTheirChanges(t *testing.T) {
	ws := openTest(t)
	if ws.HasWebhooks() {
		t.Fatal("a new workspace has webhooks")
	}
	target, subs := "http://127.0.0.1:9/hook", []WebhookSubscription{}
	h, err := ws.CreateWebhook(WebhookInput{TargetURL: &target, Subscriptions: &subs})
	if err != nil {
		t.Fatal(err)
	}
	if !ws.HasWebhooks() || !ws.HasWebhooks() {
		t.Error("a created webhook is not seen")
	}
	if err := ws.DeleteWebhook(h.ID.WebhookID); err != nil {
		t.Fatal(err)
	}
	if ws.HasWebhooks() {
		t.Error("a deleted webhook is still seen")
	}
	if _, err := ws.CreateWebhook(WebhookInput{TargetURL: &target, Subscriptions: &subs}); err != nil {
		t.Fatal(err)
	}
	if err := ws.Reset(); err != nil {
		t.Fatal(err)
	}
	if ws.HasWebhooks() {
		t.Error("the reset workspace still has webhooks")
	}
}
