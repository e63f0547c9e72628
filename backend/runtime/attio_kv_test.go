package runtime

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"attio-studio/backend/appsettings"
	"attio-studio/backend/kv"
	"attio-studio/backend/store"
)

type testClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *testClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }

func (c *testClock) advance(d time.Duration) { c.mu.Lock(); c.now = c.now.Add(d); c.mu.Unlock() }

func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "data.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestKV(t *testing.T) {
	clock := &testClock{now: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	st := openStore(t)
	p := compile(t, spec{prelude: helpers + `const { kv, experimental_kv } = globalThis.__attioServerSDK;`,
		functions: mods{
			"set.server": `async (key, value, options) => { await kv.set(key, value, options); }`,
			"get.server": `async (key) => kv.get(key)`,
			"roundtrip.server": `async () => {
				await kv.set("lead:1", { name: "Ada", at: new Date(0), tags: ["a"], gone: undefined });
				await experimental_kv.set("count", 3);
				const one = await kv.get("lead:1");
				const many = await kv.mget(["count", "nope", "lead:1"]);
				await kv.delete("count");
				return { one, many, after: await kv.get("count"), same: kv === experimental_kv };
			}`,
			"bad.server": `async () => [
				await caught(() => kv.set("k", new Map())),
				await caught(() => kv.set("k", { f() {} })),
				await caught(() => kv.set("k", undefined)),
				await caught(() => kv.set("k", 10n)),
				await caught(() => kv.set(1, "x")),
				await caught(() => kv.set("", "x")),
				await caught(() => kv.set("k", "x", { ttlInSeconds: -1 })),
				await caught(() => kv.set("k", "x", { ttlInSeconds: "60" })),
				await caught(() => kv.mget("k")),
				await caught(() => kv.get()),
			]`,
		}})
	rt := New(p, Services{KV: kv.New(st, kv.Options{Now: clock.Now})}, Options{})
	ctx := context.Background()

	call := recorded(t, func(ctx context.Context) {
		got, err := rt.CallFunction(ctx, "roundtrip.server", nil)
		want := `{"one":{"value":{"name":"Ada","at":"1970-01-01T00:00:00.000Z","tags":["a"]}},` +
			`"many":{"count":{"value":3},"nope":null,"lead:1":{"value":{"name":"Ada",` +
			`"at":"1970-01-01T00:00:00.000Z","tags":["a"]}}},"after":null,"same":true}`
		if err != nil || string(got) != want {
			t.Errorf("got %s, %v\nwant %s", got, err, want)
		}
	})
	var ops []string
	for _, op := range call.KV {
		ops = append(ops, op.Op+" "+op.Key+" "+string(op.Value))
	}
	wantOps := []string{
		`set lead:1 {"name":"Ada","at":"1970-01-01T00:00:00.000Z","tags":["a"]}`, `set count 3`,
		`get lead:1 {"name":"Ada","at":"1970-01-01T00:00:00.000Z","tags":["a"]}`,
		`mget count 3`, `mget nope `, `mget lead:1 {"name":"Ada","at":"1970-01-01T00:00:00.000Z","tags":["a"]}`,
		`delete count `, `get count `,
	}
	if strings.Join(ops, "\n") != strings.Join(wantOps, "\n") {
		t.Errorf("recorded kv operations:\n%s\nwant:\n%s", strings.Join(ops, "\n"), strings.Join(wantOps, "\n"))
	}

	got, err := rt.CallFunction(ctx, "bad.server", nil)
	want := `["TypeError: kv.set(\"k\") needs a JSON value: value is a Map, which JSON turns into {}.",` +
		`"TypeError: kv.set(\"k\") needs a JSON value: value.f is a function.",` +
		`"TypeError: kv.set(\"k\") needs a JSON value, got undefined.",` +
		`"TypeError: kv.set(\"k\") needs a JSON value: value is a BigInt (10n).",` +
		`"TypeError: kv.set needs a string key, got number 1",` +
		`"TypeError: kv.set needs a non-empty key",` +
		`"TypeError: kv.set ttlInSeconds must be a positive number of seconds, got number -1",` +
		`"TypeError: kv.set ttlInSeconds must be a positive number of seconds, got \"60\"",` +
		`"TypeError: kv.mget needs an array of keys, got \"k\"",` +
		`"TypeError: kv.get needs a string key, got undefined"]`
	if err != nil || string(got) != want {
		t.Errorf("bad uses:\ngot  %s, %v\nwant %s", got, err, want)
	}

	t.Run("ttl against the clock", func(t *testing.T) {
		if _, err := rt.CallFunction(ctx, "set.server", args(`"token"`, `"t-1"`, `{"ttlInSeconds":30}`)); err != nil {
			t.Fatal(err)
		}
		for _, step := range []struct {
			advance time.Duration
			want    string
		}{{29 * time.Second, `{"value":"t-1"}`}, {time.Second, `null`}} {
			clock.advance(step.advance)
			got, err := rt.CallFunction(ctx, "get.server", args(`"token"`))
			if err != nil || string(got) != step.want {
				t.Errorf("after +%v: got %s, %v; want %s", step.advance, got, err, step.want)
			}
		}
	})
	t.Run("entries persist in the data file", func(t *testing.T) {
		rt.CallFunction(ctx, "set.server", args(`"kept"`, `[1,2]`))
		other := New(p, Services{KV: kv.New(st, kv.Options{Now: clock.Now})}, Options{})
		got, err := other.CallFunction(ctx, "get.server", args(`"kept"`))
		if err != nil || string(got) != `{"value":[1,2]}` {
			t.Errorf("got %s, %v", got, err)
		}
	})
}

func TestKVWithoutAStore(t *testing.T) {
	runCases(t, Services{}, []jsCase{{"unavailable",
		`return caught(() => globalThis.__attioServerSDK.kv.get("k"));`,
		`"Error: the key-value store is not available in this runtime"`}})
}

func TestWorkspaceSettings(t *testing.T) {
	st := openStore(t)
	settings := appsettings.New(st, appsettings.Schema{"region": appsettings.String,
		"limit": appsettings.Number, "enabled": appsettings.Boolean})
	prelude := `const sdk = globalThis.__attioServerSDK;`
	runCases(t, Services{Settings: settings}, []jsCase{
		{"unset settings are null", prelude + `return [await sdk.experimental_getWorkspaceSetting("region"),
			await sdk.experimental_getWorkspaceSettings()];`,
			`[null,{"enabled":null,"limit":null,"region":null}]`},
		{"set and read back", prelude + `await sdk.experimental_setWorkspaceSetting("region", "eu");
			await sdk.experimental_setWorkspaceSetting("limit", 25);
			await sdk.experimental_setWorkspaceSetting("enabled", false);
			return [await sdk.experimental_getWorkspaceSetting("limit"), await sdk.experimental_getWorkspaceSettings()];`,
			`[25,{"enabled":false,"limit":25,"region":"eu"}]`},
		{"null clears", prelude + `await sdk.experimental_setWorkspaceSetting("region", null);
			return sdk.experimental_getWorkspaceSetting("region");`, `null`},
		{"schema errors reach app code", prelude + `return [
			await caught(() => sdk.experimental_setWorkspaceSetting("limit", "ten")),
			await caught(() => sdk.experimental_setWorkspaceSetting("regoin", "eu")),
			await caught(() => sdk.experimental_setWorkspaceSetting("region", { a: 1 })),
			await caught(() => sdk.experimental_getWorkspaceSetting()),
		];`,
			`["Error: workspace setting \"limit\" is a number, so it cannot be set to the string ` +
				`\"ten\": wrong type for a workspace setting",` +
				`"Error: the app's settings schema has no workspace setting \"regoin\" ` +
				`(it has enabled, limit, region): unknown workspace setting",` +
				`"TypeError: experimental_setWorkspaceSetting(\"region\") needs a string, a number, ` +
				`a boolean or null, got an object",` +
				`"TypeError: experimental_getWorkspaceSetting needs the key of a setting ` +
				`(a non-empty string), got undefined"]`},
	})
	var stored json.RawMessage
	st.View(func(tx *store.Tx) error { stored = tx.GetRaw("workspace_settings", "limit"); return nil })
	if string(stored) != "25" {
		t.Errorf("the data file holds limit = %s", stored)
	}
}

func TestGetCurrentUser(t *testing.T) {
	user := ""
	lookup := func(context.Context) (string, error) { return user, nil }
	p := compile(t, spec{functions: mods{"me.server": `async () => globalThis.__attioServerSDK.getCurrentUser()`}})
	rt := New(p, Services{CurrentUser: lookup}, Options{})
	for _, tt := range []struct{ user, want string }{{"", "null"}, {"member-1", `{"id":"member-1"}`}} {
		user = tt.user
		got, err := rt.CallFunction(context.Background(), "me.server", nil)
		if err != nil || string(got) != tt.want {
			t.Errorf("user %q: got %s, %v; want %s", tt.user, got, err, tt.want)
		}
	}
}

func TestSettingsSchemaBuildersExistOnTheServer(t *testing.T) {
	runCases(t, Services{}, []jsCase{{"Settings", `const { Settings } = globalThis.__attioRootSDK;
		const schema = Settings.defineWorkspaceSchema({ region: Settings.Schema.string(), on: Settings.boolean() });
		return schema;`, `{"region":{"type":"string"},"on":{"type":"boolean"}}`}})
}

func TestWorkflowNamespaceHandsDefinitionsBack(t *testing.T) {
	runCases(t, Services{}, []jsCase{{"experimental_Workflow",
		`const { experimental_Workflow } = globalThis.__attioServerSDK;
		return [experimental_Workflow.defineBlock({ id: "enrich" }), typeof experimental_Workflow.then];`,
		`[{"id":"enrich"},"undefined"]`}})
}
