package attiosdk

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/dop251/goja"

	"attio-studio/backend/runtime/host"
	"attio-studio/backend/runtime/jsonvalue"
)

//go:embed sdk.js
var sdkJS string

var shim = host.NewShim("attio-sdk.js", sdkJS)

// Config is what the SDK functions reach in the studio. Nil interfaces are allowed: app code then
// sees a missing connection, or an error saying the service is unavailable.
type Config struct {
	Fetch      func(ctx context.Context, req *http.Request) (*http.Response, error)
	AttioToken string
	// AttioFetchRemoved: attioFetch throws, as attio/server of SDK 1.0 no longer has it.
	AttioFetchRemoved bool
	Connections       Connections
	WebhookHandlers   WebhookHandlers
	KV                KV
	Settings          WorkspaceSettings
	// CurrentUser returns the id of the workspace member running the call, "" for none.
	CurrentUser  func(ctx context.Context) (string, error)
	WebhookFiles []string // webhook files in the bundle, to check createWebhookHandler
}

// Module installs globalThis.__attioServerSDK and globalThis.__attioRootSDK.
func Module(c Config) host.Module {
	return host.Module{Name: "attio", Globals: []string{"__attioServerSDK", "__attioRootSDK"},
		Install: func(env *host.Env) error {
			_, err := shim.Run(env, bindings(env, c))
			return err
		}}
}

func bindings(env *host.Env, c Config) map[string]any {
	fetcher := AttioFetcher{Fetch: c.Fetch, Token: c.AttioToken}
	return map[string]any{
		"token":             c.AttioToken,
		"attioFetchRemoved": c.AttioFetchRemoved,
		"connection": func(kind, key string) goja.Value {
			return connection(env, c.Connections, kind, key)
		},
		"currentUser": func() string { return currentUser(env, c.CurrentUser) },
		"attioFetch": func(method, path string, query [][]string, body goja.Value) goja.Value {
			r := AttioRequest{Method: method, Path: path, Query: pairs(query)}
			if !goja.IsNull(body) && !goja.IsUndefined(body) {
				r.Body = json.RawMessage(body.String())
			}
			return env.Go("attioFetch "+method+" "+path, func(ctx context.Context) host.Settle {
				raw, err := fetcher.Do(ctx, r)
				return attioFetchResult(raw, err)
			})
		},
		"jsonProblem": func(v goja.Value, path string) string {
			problem, err := jsonvalue.Problem(env.VM, v, path)
			if err != nil {
				panic(err)
			}
			return problem
		},
		"webhooks": webhookBindings(env, HandlerService{Store: c.WebhookHandlers,
			Files: c.WebhookFiles}),
		"kv":       kvBindings(env, c.KV),
		"settings": settingsBindings(env, c.Settings),
	}
}

func webhookBindings(env *host.Env, handlers HandlerService) map[string]any {
	return map[string]any{
		"create": func(fileName string) goja.Value {
			return env.Go("createWebhookHandler", jsonWork(func(ctx context.Context) (any, error) {
				return handlers.Create(ctx, fileName)
			}))
		},
		"list": func() goja.Value {
			return env.Go("listWebhookHandlers", jsonWork(func(ctx context.Context) (any, error) {
				return handlers.List(ctx)
			}))
		},
		"get": func(id string) goja.Value {
			return env.Go("getWebhookHandler", jsonWork(func(ctx context.Context) (any, error) {
				return handlers.Get(ctx, id)
			}))
		},
		"update": func(id, external string) goja.Value {
			return env.Go("updateWebhookHandler", jsonWork(func(ctx context.Context) (any, error) {
				return nil, handlers.Update(ctx, id, external)
			}))
		},
		"delete": func(id string) goja.Value {
			return env.Go("deleteWebhookHandler", jsonWork(func(ctx context.Context) (any, error) {
				return nil, handlers.Delete(ctx, id)
			}))
		},
	}
}

// currentUser runs synchronously on the loop, as getCurrentUser is synchronous.
func currentUser(env *host.Env, lookup func(ctx context.Context) (string, error)) string {
	if lookup == nil {
		return ""
	}
	id, err := lookup(env.Ctx)
	if err != nil {
		host.Throw(env.VM, "Error", fmt.Sprintf("Could not read the current user: %v", err))
	}
	return id
}

// connection runs synchronously on the loop, as the SDK's getters are synchronous. It returns
// the connection as JSON, or null when there is none.
func connection(env *host.Env, conns Connections, kind, key string) goja.Value {
	if conns == nil {
		return goja.Null()
	}
	lookup := conns.Workspace
	if kind == "user" {
		lookup = conns.User
	}
	c, found, err := lookup(env.Ctx, key)
	if err != nil {
		host.Throw(env.VM, "Error", fmt.Sprintf("Could not read the %s connection: %v", kind, err))
	}
	if !found {
		return goja.Null()
	}
	data, err := json.Marshal(c)
	if err != nil {
		host.Throw(env.VM, "Error", fmt.Sprintf("Could not encode the %s connection: %v", kind, err))
	}
	return env.VM.ToValue(string(data))
}

// attioFetchResult describes the outcome as a plain object; the JavaScript side throws the error
// class that matches its kind.
func attioFetchResult(raw json.RawMessage, err error) host.Settle {
	return func(vm *goja.Runtime) (goja.Value, error) {
		obj := vm.NewObject()
		var apiErr *APIError
		var transportErr *TransportError
		switch {
		case err == nil:
			_ = obj.Set("ok", true)
			_ = obj.Set("json", string(raw))
		case errors.As(err, &apiErr):
			_ = obj.Set("kind", "api")
			_ = obj.Set("status_code", apiErr.Status)
			_ = obj.Set("type", apiErr.Type)
			_ = obj.Set("code", apiErr.Code)
		case errors.As(err, &transportErr):
			_ = obj.Set("kind", "transport")
		default:
			_ = obj.Set("kind", "usage")
		}
		if err != nil {
			_ = obj.Set("ok", false)
			_ = obj.Set("message", err.Error())
		}
		return obj, nil
	}
}

// jsonWork runs fn off the loop and resolves with its result as JSON text (which the JavaScript
// side parses into plain objects), or rejects with an Error carrying fn's message.
func jsonWork(fn func(ctx context.Context) (any, error)) func(ctx context.Context) host.Settle {
	return func(ctx context.Context) host.Settle {
		v, err := fn(ctx)
		if err != nil {
			return host.Rejected(err)
		}
		data, err := json.Marshal(v)
		if err != nil {
			return host.Rejected(fmt.Errorf("encode the result: %w", err))
		}
		return host.Resolved(string(data))
	}
}

func pairs(in [][]string) [][2]string {
	out := make([][2]string, 0, len(in))
	for _, kv := range in {
		if len(kv) == 2 {
			out = append(out, [2]string{kv[0], kv[1]})
		}
	}
	return out
}
