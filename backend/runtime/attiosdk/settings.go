package attiosdk

import (
	"context"
	"encoding/json"
	"errors"

	"github.com/dop251/goja"

	"attio-studio/backend/runtime/host"
)

// ErrNoSettings is returned when the runtime was given no workspace-settings store.
var ErrNoSettings = errors.New("workspace settings are not available in this runtime")

// settingsBindings are the Go half of the experimental workspace-settings functions; values
// travel as JSON text.
func settingsBindings(env *host.Env, settings WorkspaceSettings) map[string]any {
	return map[string]any{
		"get": func(key string) goja.Value {
			return env.Go("experimental_getWorkspaceSetting "+key,
				func(ctx context.Context) host.Settle {
					if settings == nil {
						return host.Rejected(ErrNoSettings)
					}
					v, err := settings.Get(ctx, key)
					if err != nil {
						return host.Rejected(err)
					}
					return host.Resolved(string(v))
				})
		},
		"all": func() goja.Value {
			return env.Go("experimental_getWorkspaceSettings",
				jsonWork(func(ctx context.Context) (any, error) {
					if settings == nil {
						return nil, ErrNoSettings
					}
					all, err := settings.All(ctx)
					if all == nil && err == nil {
						all = map[string]json.RawMessage{}
					}
					return all, err
				}))
		},
		"set": func(key, value string) goja.Value {
			return env.Go("experimental_setWorkspaceSetting "+key,
				func(ctx context.Context) host.Settle {
					if settings == nil {
						return host.Rejected(ErrNoSettings)
					}
					if err := settings.Set(ctx, key, json.RawMessage(value)); err != nil {
						return host.Rejected(err)
					}
					return host.Resolved(nil)
				})
		},
	}
}
