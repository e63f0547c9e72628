// Package attiosdk is the server runtime's Attio SDK: the `attio/server` module (attioFetch,
// ATTIO_API_TOKEN, connection getters, webhook-handler functions, getCurrentUser, the key-value
// store, the workspace-settings functions) and the root `attio` module (error classes, settings
// schema builders). The bundle reads them from globalThis.__attioServerSDK and
// globalThis.__attioRootSDK.
package attiosdk

import (
	"context"
	"encoding/json"
	"time"
)

// Actor is who created or owns a connection. Type is "user" or "workspace".
type Actor struct {
	Type string `json:"type"`
	ID   string `json:"id"`
}

// Connection is a user or workspace connection as app code receives it.
type Connection struct {
	ID        string `json:"id"`
	Value     string `json:"value"`
	CreatedBy Actor  `json:"createdBy"`
	OwnedBy   Actor  `json:"ownedBy"`
}

// Connections looks up the connections of the running app. key is "" for the app's only
// connection of that kind; later SDKs name connections and pass the name. found is false when
// no such connection is set up, which app code sees as Attio's "no connection" error.
type Connections interface {
	Workspace(ctx context.Context, key string) (c Connection, found bool, err error)
	User(ctx context.Context, key string) (c Connection, found bool, err error)
}

// WebhookHandler is one registered webhook handler. URL is where third parties deliver to.
type WebhookHandler struct {
	ID                string  `json:"id"`
	URL               string  `json:"url"`
	FileName          string  `json:"fileName"`
	ExternalWebhookID *string `json:"externalWebhookId"`
}

// WebhookHandlers stores the app's webhook handlers. Get, Update and Delete of an unknown id
// return an error whose message app code will see.
type WebhookHandlers interface {
	Create(ctx context.Context, fileName string) (WebhookHandler, error)
	List(ctx context.Context) ([]WebhookHandler, error)
	Get(ctx context.Context, id string) (WebhookHandler, error)
	Update(ctx context.Context, id string, externalWebhookID string) error
	Delete(ctx context.Context, id string) error
}

// KV is the app's key-value store behind kv and experimental_kv. Values are JSON texts. Get and
// MGet treat a missing or expired key alike: found false, or a nil item in MGet's answer (which
// has one item per key, in order). ttl 0 means the entry does not expire. Errors are shown to
// app code as they are, so they read as sentences.
type KV interface {
	Set(ctx context.Context, key string, value json.RawMessage, ttl time.Duration) error
	Get(ctx context.Context, key string) (value json.RawMessage, found bool, err error)
	MGet(ctx context.Context, keys []string) ([]json.RawMessage, error)
	Delete(ctx context.Context, key string) error
}

// WorkspaceSettings holds the values of the app's workspace settings. Get answers "null" for a
// setting that has no value; All answers every known setting, null included; Set with "null"
// clears a value. Values are JSON texts of strings, numbers and booleans.
type WorkspaceSettings interface {
	Get(ctx context.Context, key string) (json.RawMessage, error)
	All(ctx context.Context) (map[string]json.RawMessage, error)
	Set(ctx context.Context, key string, value json.RawMessage) error
}
