// Package webhooks keeps an app's webhook handlers (created by its server code with
// createWebhookHandler) and serves their URLs on a loopback HTTP server, handing each delivery to
// the app's handler file.
package webhooks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/google/uuid"

	"attio-studio/backend/store"
)

const bucket = "webhook_handlers"

// ErrNotFound means no webhook handler has the id.
var ErrNotFound = errors.New("webhook handler not found")

// Handler is one registered webhook handler. URL is where the third party should send
// deliveries; FileName names the handler file (src/webhooks/<FileName>.webhook.ts).
type Handler struct {
	ID                string    `json:"id"`
	URL               string    `json:"url"`
	FileName          string    `json:"fileName"`
	ExternalWebhookID *string   `json:"externalWebhookId"`
	CreatedAt         time.Time `json:"createdAt"`
}

// Handlers stores webhook handlers. URLs are computed from the server's current address, so
// they stay right if the port changes. It is safe for concurrent use.
type Handlers struct {
	store   *store.Store
	baseURL func() string
}

// NewHandlers returns the handlers kept in st; baseURL gives the loopback server's root.
func NewHandlers(st *store.Store, baseURL func() string) *Handlers {
	return &Handlers{store: st, baseURL: baseURL}
}

func (h *Handlers) withURL(x Handler) Handler {
	x.URL = fmt.Sprintf("%s/webhooks/%s", h.baseURL(), x.ID)
	return x
}

// Create registers a handler for fileName.
func (h *Handlers) Create(ctx context.Context, fileName string) (Handler, error) {
	x := Handler{ID: uuid.NewString(), FileName: fileName, CreatedAt: time.Now().UTC()}
	err := h.store.Update(func(tx *store.Tx) error { return tx.Put(bucket, x.ID, x) })
	if err != nil {
		return Handler{}, fmt.Errorf("save webhook handler: %w", err)
	}
	return h.withURL(x), nil
}

// List returns every handler, oldest first.
func (h *Handlers) List(ctx context.Context) ([]Handler, error) {
	var list []Handler
	err := h.store.View(func(tx *store.Tx) error {
		return tx.ForEach(bucket, func(_ string, raw []byte) error {
			var x Handler
			if err := json.Unmarshal(raw, &x); err != nil {
				return err
			}
			list = append(list, h.withURL(x))
			return nil
		})
	})
	sort.Slice(list, func(i, j int) bool { return list[i].CreatedAt.Before(list[j].CreatedAt) })
	return list, err
}

// Get returns the handler with id, or an error wrapping ErrNotFound.
func (h *Handlers) Get(ctx context.Context, id string) (Handler, error) {
	var x Handler
	var found bool
	err := h.store.View(func(tx *store.Tx) error {
		var err error
		found, err = tx.Get(bucket, id, &x)
		return err
	})
	if err != nil {
		return Handler{}, err
	}
	if !found {
		return Handler{}, fmt.Errorf("%q: %w", id, ErrNotFound)
	}
	return h.withURL(x), nil
}

// Update stores the third party's id for the handler.
func (h *Handlers) Update(ctx context.Context, id, externalWebhookID string) error {
	return h.store.Update(func(tx *store.Tx) error {
		var x Handler
		found, err := tx.Get(bucket, id, &x)
		if err != nil {
			return err
		}
		if !found {
			return fmt.Errorf("%q: %w", id, ErrNotFound)
		}
		x.ExternalWebhookID = &externalWebhookID
		return tx.Put(bucket, id, x)
	})
}

// Delete removes the handler; its URL answers 404 from then on.
func (h *Handlers) Delete(ctx context.Context, id string) error {
	return h.store.Update(func(tx *store.Tx) error {
		if tx.GetRaw(bucket, id) == nil {
			return fmt.Errorf("%q: %w", id, ErrNotFound)
		}
		return tx.Delete(bucket, id)
	})
}

// ByFileName returns the handlers registered for fileName, oldest first.
func (h *Handlers) ByFileName(ctx context.Context, fileName string) ([]Handler, error) {
	all, err := h.List(ctx)
	if err != nil {
		return nil, err
	}
	var out []Handler
	for _, x := range all {
		if x.FileName == fileName {
			out = append(out, x)
		}
	}
	return out, nil
}
