package workspace

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"

	"attio-studio/backend/store"
)

// Attio's own webhooks (POST /v2/webhooks): a target URL told of changes to the workspace. They
// are not the app's webhook handlers, though an app may point one at a handler's URL.

const bucketWebhooks = "workspace/webhooks"

// WebhookEventTypes are the event types a webhook may subscribe to, as Attio names them.
var WebhookEventTypes = []string{
	"record.created", "record.updated", "record.deleted", "record.merged",
	"list-entry.created", "list-entry.updated", "list-entry.deleted",
	"note.created", "note.updated", "note.deleted",
	"task.created", "task.updated", "task.deleted",
	"list.created", "list.updated", "list.deleted",
	"object-attribute.created", "object-attribute.updated",
	"list-attribute.created", "list-attribute.updated",
	"workspace-member.created",
	"comment.created", "comment.resolved", "comment.unresolved", "comment.deleted",
	"note-content.updated", "call-recording.created",
}

// WebhookID is Attio's composite webhook id.
type WebhookID struct {
	WorkspaceID string `json:"workspace_id"`
	WebhookID   string `json:"webhook_id"`
}

// WebhookSubscription is one event type a webhook hears, and the filter its events must pass
// (null for every event): {"$and"|"$or": [{field, operator: "equals"|"not_equals", value}]}.
type WebhookSubscription struct {
	EventType string          `json:"event_type"`
	Filter    json.RawMessage `json:"filter"`
}

// Webhook is one of Attio's webhooks in its REST shape. Secret signs its deliveries.
type Webhook struct {
	ID            WebhookID             `json:"id"`
	TargetURL     string                `json:"target_url"`
	Subscriptions []WebhookSubscription `json:"subscriptions"`
	Status        string                `json:"status"`
	CreatedAt     Timestamp             `json:"created_at"`
	Secret        string                `json:"secret"`
}

// WebhookInput is the body of a webhook's create (both fields required) or update.
type WebhookInput struct {
	TargetURL     *string                `json:"target_url"`
	Subscriptions *[]WebhookSubscription `json:"subscriptions"`
}

// Webhooks lists the workspace's webhooks, oldest first.
func (w *Workspace) Webhooks() ([]Webhook, error) {
	var out []Webhook
	err := w.st.View(func(tx *store.Tx) error {
		return tx.ForEach(bucketWebhooks, func(_ string, raw []byte) error {
			var h Webhook
			if err := json.Unmarshal(raw, &h); err != nil {
				return err
			}
			out = append(out, h)
			return nil
		})
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].CreatedAt.Before(out[j].CreatedAt.Time) })
	return out, err
}

// webhookCount is how many Attio webhooks there were at a generation of their changes.
type webhookCount struct{ generation, n int64 }

// HasWebhooks reports whether the workspace has any Attio webhook. It reads the store only
// after they changed, so it is cheap enough to ask on every change: a count is kept with the
// generation it was taken at, and a change (which moves the generation on once it is written)
// makes the next question count again.
func (w *Workspace) HasWebhooks() bool {
	generation := w.webhooks.Load()
	if c := w.webhookCount.Load(); c != nil && c.generation == generation {
		return c.n > 0
	}
	hooks, err := w.Webhooks()
	if err != nil {
		return true // let the caller find out
	}
	w.webhookCount.Store(&webhookCount{generation, int64(len(hooks))})
	return len(hooks) > 0
}

// Webhook returns one webhook.
func (w *Workspace) Webhook(id string) (Webhook, error) {
	var h Webhook
	err := w.st.View(func(tx *store.Tx) error {
		found, err := tx.Get(bucketWebhooks, id, &h)
		if err == nil && !found {
			err = notFound("webhook", id)
		}
		return err
	})
	return h, err
}

// CreateWebhook adds a webhook with a new secret.
func (w *Workspace) CreateWebhook(in WebhookInput) (Webhook, error) {
	if in.TargetURL == nil {
		return Webhook{}, invalid("target_url", "is required")
	}
	if in.Subscriptions == nil {
		return Webhook{}, invalid("subscriptions", "is required (an array, which may be empty)")
	}
	info, err := w.Info()
	if err != nil {
		return Webhook{}, err
	}
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		return Webhook{}, err
	}
	h := Webhook{ID: WebhookID{info.ID, newID()}, Status: "active", CreatedAt: At(w.now()),
		Secret: hex.EncodeToString(secret), Subscriptions: []WebhookSubscription{}}
	if err := h.apply(in); err != nil {
		return Webhook{}, err
	}
	defer w.webhooks.Add(1)
	return h, w.st.Update(func(tx *store.Tx) error {
		return tx.Put(bucketWebhooks, h.ID.WebhookID, h)
	})
}

// UpdateWebhook changes a webhook's target URL or subscriptions, whichever in gives.
func (w *Workspace) UpdateWebhook(id string, in WebhookInput) (Webhook, error) {
	var h Webhook
	err := w.st.Update(func(tx *store.Tx) error {
		found, err := tx.Get(bucketWebhooks, id, &h)
		if err != nil {
			return err
		}
		if !found {
			return notFound("webhook", id)
		}
		if err := h.apply(in); err != nil {
			return err
		}
		return tx.Put(bucketWebhooks, id, h)
	})
	return h, err
}

// DeleteWebhook deletes a webhook.
func (w *Workspace) DeleteWebhook(id string) error {
	defer w.webhooks.Add(1)
	return w.st.Update(func(tx *store.Tx) error {
		var h Webhook
		found, err := tx.Get(bucketWebhooks, id, &h)
		if err != nil {
			return err
		}
		if !found {
			return notFound("webhook", id)
		}
		return tx.Delete(bucketWebhooks, id)
	})
}

// apply checks in and writes what it gives to h.
func (h *Webhook) apply(in WebhookInput) error {
	if in.TargetURL != nil {
		u, err := url.Parse(*in.TargetURL)
		if err != nil || !u.IsAbs() || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return invalid("target_url", "must be an absolute http(s) URL, not %q", *in.TargetURL)
		}
		h.TargetURL = *in.TargetURL
	}
	if in.Subscriptions != nil {
		subs := make([]WebhookSubscription, len(*in.Subscriptions))
		for i, s := range *in.Subscriptions {
			field := fmt.Sprintf("subscriptions[%d]", i)
			if !slices.Contains(WebhookEventTypes, s.EventType) {
				return invalid(field+".event_type", "%q is not an event type Attio sends",
					s.EventType)
			}
			if _, err := ParseWebhookFilter(s.Filter); err != nil {
				return invalid(field+".filter", "%v", err)
			}
			if len(s.Filter) == 0 {
				s.Filter = json.RawMessage("null")
			}
			subs[i] = s
		}
		h.Subscriptions = subs
	}
	return nil
}

// WebhookFilter is a subscription's filter: its conditions, all of which (And) or any of
// which must hold. The zero filter passes every event.
type WebhookFilter struct {
	And        bool
	Conditions []WebhookCondition
}

// WebhookCondition compares the event's field (a dotted path such as "id.object_id") with value.
type WebhookCondition struct {
	Field    string `json:"field"`
	Operator string `json:"operator"`
	Value    string `json:"value"`
}

// ParseWebhookFilter reads a subscription's filter; null or absent passes every event.
func ParseWebhookFilter(raw json.RawMessage) (WebhookFilter, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return WebhookFilter{}, nil
	}
	var shape map[string][]WebhookCondition
	if err := json.Unmarshal(raw, &shape); err != nil || len(shape) != 1 {
		return WebhookFilter{}, fmt.Errorf(`must be null or {"$and"|"$or": [{"field", ` +
			`"operator", "value"}]}`)
	}
	var f WebhookFilter
	for key, conditions := range shape {
		if key != "$and" && key != "$or" {
			return WebhookFilter{}, fmt.Errorf(`has %q where "$and" or "$or" goes`, key)
		}
		f.And, f.Conditions = key == "$and", conditions
	}
	for i, c := range f.Conditions {
		if c.Field == "" || (c.Operator != "equals" && c.Operator != "not_equals") {
			return WebhookFilter{}, fmt.Errorf(`condition %d needs a field and the operator `+
				`"equals" or "not_equals"`, i)
		}
	}
	return f, nil
}

// Passes reports whether an event (its JSON as decoded into maps) passes the filter.
func (f WebhookFilter) Passes(event map[string]any) bool {
	if len(f.Conditions) == 0 {
		return true
	}
	for _, c := range f.Conditions {
		v := fmt.Sprint(lookupPath(event, c.Field))
		holds := (v == c.Value) == (c.Operator == "equals")
		if holds != f.And {
			return holds
		}
	}
	return f.And
}

// lookupPath follows a dotted path through nested maps; nil when it leads nowhere.
func lookupPath(v any, path string) any {
	for path != "" {
		key, rest, _ := strings.Cut(path, ".")
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v, path = m[key], rest
	}
	return v
}
