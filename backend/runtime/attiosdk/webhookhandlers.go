package attiosdk

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// ErrNoWebhookStore is returned when the runtime was given no webhook-handler store.
var ErrNoWebhookStore = errors.New("webhook handlers are not available in this runtime")

// HandlerService is what the webhook-handler functions of attio/server call: it checks the app's
// arguments, then delegates to the studio's store. Files lists the webhook files in the bundle
// (names without .webhook.ts); when it is nil any file name is accepted.
type HandlerService struct {
	Store WebhookHandlers
	Files []string
}

// Create registers a handler for the webhook file fileName.
func (s HandlerService) Create(ctx context.Context, fileName string) (WebhookHandler, error) {
	if err := s.checkFile(fileName); err != nil {
		return WebhookHandler{}, err
	}
	if s.Store == nil {
		return WebhookHandler{}, ErrNoWebhookStore
	}
	return s.Store.Create(ctx, fileName)
}

func (s HandlerService) checkFile(fileName string) error {
	if fileName == "" {
		return errors.New("createWebhookHandler needs {fileName}, " +
			"the name of a file in src/webhooks without .webhook.ts")
	}
	if base, ok := strings.CutSuffix(fileName, ".webhook.ts"); ok {
		return fmt.Errorf("createWebhookHandler fileName %q includes the extension; pass %q",
			fileName, base)
	}
	if s.Files != nil && !slices.Contains(s.Files, fileName) {
		return fmt.Errorf("createWebhookHandler: there is no webhook handler file "+
			"src/webhooks/%s.webhook.ts", fileName)
	}
	return nil
}

// List returns every handler of the app.
func (s HandlerService) List(ctx context.Context) ([]WebhookHandler, error) {
	if s.Store == nil {
		return nil, ErrNoWebhookStore
	}
	list, err := s.Store.List(ctx)
	if list == nil && err == nil {
		list = []WebhookHandler{} // app code gets [] rather than null
	}
	return list, err
}

// Get returns the handler with id.
func (s HandlerService) Get(ctx context.Context, id string) (WebhookHandler, error) {
	if err := checkID("getWebhookHandler", id); err != nil {
		return WebhookHandler{}, err
	}
	if s.Store == nil {
		return WebhookHandler{}, ErrNoWebhookStore
	}
	return s.Store.Get(ctx, id)
}

// Update stores the third party's id for the handler.
func (s HandlerService) Update(ctx context.Context, id, externalWebhookID string) error {
	if err := checkID("updateWebhookHandler", id); err != nil {
		return err
	}
	if s.Store == nil {
		return ErrNoWebhookStore
	}
	return s.Store.Update(ctx, id, externalWebhookID)
}

// Delete removes the handler.
func (s HandlerService) Delete(ctx context.Context, id string) error {
	if err := checkID("deleteWebhookHandler", id); err != nil {
		return err
	}
	if s.Store == nil {
		return ErrNoWebhookStore
	}
	return s.Store.Delete(ctx, id)
}

func checkID(fn, id string) error {
	if id == "" {
		return fmt.Errorf("%s needs the id of a webhook handler", fn)
	}
	return nil
}
