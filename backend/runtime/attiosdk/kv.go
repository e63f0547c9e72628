package attiosdk

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/dop251/goja"

	"attio-studio/backend/runtime/host"
)

// ErrNoKV is returned when the runtime was given no key-value store.
var ErrNoKV = errors.New("the key-value store is not available in this runtime")

// kvBindings are the Go half of kv / experimental_kv. The JavaScript half checks arguments and
// turns values into JSON text; each operation that succeeds is recorded on the call.
func kvBindings(env *host.Env, store KV) map[string]any {
	return map[string]any{
		"set": func(key, value string, ttlSeconds float64) goja.Value {
			ttl := time.Duration(ttlSeconds * float64(time.Second))
			return env.Go("kv.set "+key, func(ctx context.Context) host.Settle {
				if store == nil {
					return host.Rejected(ErrNoKV)
				}
				if err := store.Set(ctx, key, json.RawMessage(value), ttl); err != nil {
					return host.Rejected(err)
				}
				env.Record.KV("set", key, json.RawMessage(value))
				return host.Resolved(nil)
			})
		},
		"get": func(key string) goja.Value {
			return env.Go("kv.get "+key, func(ctx context.Context) host.Settle {
				if store == nil {
					return host.Rejected(ErrNoKV)
				}
				value, found, err := store.Get(ctx, key)
				if err != nil {
					return host.Rejected(err)
				}
				env.Record.KV("get", key, value)
				if !found {
					return host.Resolved(nil)
				}
				return host.Resolved(string(value))
			})
		},
		"mget": func(keys []string) goja.Value {
			return env.Go("kv.mget", func(ctx context.Context) host.Settle {
				return mget(ctx, env, store, keys)
			})
		},
		"delete": func(key string) goja.Value {
			return env.Go("kv.delete "+key, func(ctx context.Context) host.Settle {
				if store == nil {
					return host.Rejected(ErrNoKV)
				}
				if err := store.Delete(ctx, key); err != nil {
					return host.Rejected(err)
				}
				env.Record.KV("delete", key, nil)
				return host.Resolved(nil)
			})
		},
	}
}

// mget answers one JSON text (or null) per key, in order.
func mget(ctx context.Context, env *host.Env, store KV, keys []string) host.Settle {
	if store == nil {
		return host.Rejected(ErrNoKV)
	}
	values, err := store.MGet(ctx, keys)
	if err != nil {
		return host.Rejected(err)
	}
	out := make([]any, len(keys))
	for i, key := range keys {
		var v json.RawMessage
		if i < len(values) {
			v = values[i]
		}
		env.Record.KV("mget", key, v)
		if v != nil {
			out[i] = string(v)
		}
	}
	return host.Resolved(out)
}
