package studio

import (
	"context"
	"errors"

	"attio-studio/backend/kv"
	"attio-studio/backend/project"
	"attio-studio/backend/runtime"
	"attio-studio/backend/webhooks"
	"attio-studio/backend/workspace"
)

// services connects the runtime of a build of the app p to the session: outbound requests,
// the app's token, its connections, webhook handlers, key-value store and workspace settings,
// all kept in the app's data file.
func (s *Session) services(p *project.Project) runtime.Services {
	return runtime.Services{
		Fetch:      s.outbound.Do,
		AttioToken: s.token,
		// SDK 1.0's attio/server has no attioFetch; the app's folders say which SDK it is.
		AttioFetchRemoved: p.Shape == project.ShapeExtensions,
		Connections:       connections{s.workspace},
		WebhookHandlers:   handlers{s.hooks},
		KV:                replayedKV{kv.New(s.store, kv.Options{})},
		Settings:          s.workspaceSettings(),
		CurrentUser:       s.currentUserID,
	}
}

// currentUserID answers getCurrentUser(): the workspace member the studio acts as now, or ""
// (null in app code) when there is none.
func (s *Session) currentUserID(context.Context) (string, error) {
	m, err := s.workspace.CurrentUser()
	if errors.Is(err, workspace.ErrNotFound) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	return m.ID, nil
}

// connections answers the runtime's connection getters from the workspace.
type connections struct{ ws *workspace.Workspace }

func (c connections) Workspace(ctx context.Context, key string) (runtime.Connection, bool, error) {
	return c.find(workspace.ConnectionWorkspace, key)
}

func (c connections) User(ctx context.Context, key string) (runtime.Connection, bool, error) {
	return c.find(workspace.ConnectionUser, key)
}

func (c connections) find(kind, key string) (runtime.Connection, bool, error) {
	user := ""
	if m, err := c.ws.CurrentUser(); err == nil {
		user = m.ID
	}
	conn, found, err := c.ws.FindConnection(kind, key, user)
	if err != nil || !found {
		return runtime.Connection{}, false, err
	}
	return toRuntimeConnection(conn), true, nil
}

func toRuntimeConnection(c workspace.Connection) runtime.Connection {
	owner := runtime.Actor{Type: "workspace", ID: c.OwnedBy}
	if c.Kind == workspace.ConnectionUser {
		owner.Type = "user"
	}
	return runtime.Connection{ID: c.ID, Value: c.Value,
		CreatedBy: runtime.Actor{Type: "user", ID: c.CreatedBy}, OwnedBy: owner}
}

// handlers gives the runtime the session's webhook handlers.
type handlers struct{ h *webhooks.Handlers }

func (h handlers) Create(ctx context.Context, fileName string) (runtime.WebhookHandler, error) {
	x, err := h.h.Create(ctx, fileName)
	return toRuntimeHandler(x), err
}

func (h handlers) List(ctx context.Context) ([]runtime.WebhookHandler, error) {
	list, err := h.h.List(ctx)
	out := make([]runtime.WebhookHandler, 0, len(list))
	for _, x := range list {
		out = append(out, toRuntimeHandler(x))
	}
	return out, err
}

func (h handlers) Get(ctx context.Context, id string) (runtime.WebhookHandler, error) {
	x, err := h.h.Get(ctx, id)
	return toRuntimeHandler(x), err
}

func (h handlers) Update(ctx context.Context, id, externalWebhookID string) error {
	return h.h.Update(ctx, id, externalWebhookID)
}

func (h handlers) Delete(ctx context.Context, id string) error { return h.h.Delete(ctx, id) }

func toRuntimeHandler(x webhooks.Handler) runtime.WebhookHandler {
	return runtime.WebhookHandler{ID: x.ID, URL: x.URL, FileName: x.FileName,
		ExternalWebhookID: x.ExternalWebhookID}
}

// errNoBuild is returned when something needs the app's code before any build has succeeded.
var errNoBuild = errors.New(
	"the app has not built yet; fix the errors in the manifest's diagnostics")
