package runtime

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestCallFunctionResults(t *testing.T) {
	p := compile(t, spec{functions: mods{
		"echo.server":      `async (...a) => a`,
		"sync.server":      `(a, b) => a + b`,
		"void.server":      `async () => {}`,
		"date.server":      `async () => ({ at: new Date(0), gone: undefined, list: [undefined] })`,
		"later.server":     `() => new Promise((resolve) => setTimeout(() => resolve("late"), 10))`,
		"fn.server":        `async () => ({ user: { callback() {} } })`,
		"bigint.server":    `async () => [1n]`,
		"cycle.server":     `async () => { const a = { name: "a" }; a.self = a; return a; }`,
		"symbol.server":    `async () => Symbol("s")`,
		"top-fn.server":    `async () => function named() {}`,
		"badjson.server":   `async () => ({ toJSON() { throw new Error("nope"); } })`,
		"interval.server":  `async () => { let n = 0; await new Promise((r) => { const t = setInterval(() => { if (++n === 3) { clearInterval(t); r(); } }, 1); }); return n; }`,
		"microtask.server": `async () => { const seen = []; queueMicrotask(() => seen.push("micro")); await null; return seen; }`,
	}})
	rt := New(p, Services{}, Options{})
	tests := []struct {
		id, args, want, wantErr string
	}{
		{id: "echo.server", args: `[1,"two",{"three":[3]},null,true]`, want: `[1,"two",{"three":[3]},null,true]`},
		{id: "sync.server", args: `[2,3]`, want: `5`},
		{id: "void.server", want: ``},
		{id: "date.server", want: `{"at":"1970-01-01T00:00:00.000Z","list":[null]}`},
		{id: "later.server", want: `"late"`},
		{id: "interval.server", want: `3`},
		{id: "microtask.server", want: `["micro"]`},
		{id: "fn.server", wantErr: "Server function fn.server returned a value that cannot be sent to the client as JSON: result.user.callback is a function"},
		{id: "bigint.server", wantErr: "result[0] is a BigInt (1n)"},
		{id: "cycle.server", wantErr: "result.self refers back to an object that contains it (a cycle)"},
		{id: "symbol.server", wantErr: "result is a symbol"},
		{id: "top-fn.server", wantErr: "result is a function"},
		{id: "badjson.server", wantErr: "result.toJSON() threw: nope"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			var in []json.RawMessage
			if tt.args != "" {
				_ = json.Unmarshal([]byte(tt.args), &in)
			}
			got, err := rt.CallFunction(context.Background(), tt.id, in)
			if tt.wantErr != "" {
				var se *ScriptError
				if !errors.As(err, &se) || !strings.Contains(se.Message, tt.wantErr) {
					t.Fatalf("err = %v, want a ScriptError containing %q", err, tt.wantErr)
				}
				if se.File != "src/"+tt.id+".ts" {
					t.Errorf("File = %q, want the function's file", se.File)
				}
				return
			}
			if err != nil || string(got) != tt.want {
				t.Fatalf("got %s, %v; want %s", got, err, tt.want)
			}
		})
	}
}

func TestThrownValues(t *testing.T) {
	p := compile(t, spec{
		prelude: `class LeadError extends Error { constructor(m) { super(m); this.name = "LeadError"; this.code = "bad-lead"; this.status = 422; } }`,
		functions: mods{
			"error.server":   `async () => { throw new Error("boom"); }`,
			"custom.server":  `async () => { throw new LeadError("no phone"); }`,
			"string.server":  `async () => { throw "plain"; }`,
			"object.server":  `async () => { throw { reason: "x", n: 1 }; }`,
			"sync.server":    `() => { null.x; }`,
			"reject.server":  `() => Promise.reject(new RangeError("out"))`,
			"recurse.server": `function f() { return f(); }`,
			"no-default":     `undefined`,
			"number-code":    `async () => { const e = new Error("n"); e.code = 42; throw e; }`,
		},
	})
	rt := New(p, Services{}, Options{})
	tests := []struct {
		id                  string
		name, message, code string
		value               string
	}{
		{"error.server", "Error", "boom", "", `{"name":"Error","message":"boom"}`},
		{"custom.server", "LeadError", "no phone", "bad-lead",
			`{"name":"LeadError","message":"no phone","code":"bad-lead","status":422}`},
		{"string.server", "", "plain", "", `"plain"`},
		{"object.server", "", "{ reason: 'x', n: 1 }", "", `{"reason":"x","n":1}`},
		{"sync.server", "TypeError", "Cannot read property 'x' of undefined", "", ""},
		{"reject.server", "RangeError", "out", "", `{"name":"RangeError","message":"out"}`},
		{"recurse.server", "RangeError", "Maximum call stack size exceeded", "", ""},
		{"no-default", "TypeError", "src/no-default.ts has no default export. A server function file must", "no-default-export", ""},
		{"number-code", "Error", "n", "42", ""},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			_, err := rt.CallFunction(context.Background(), tt.id, nil)
			var se *ScriptError
			if !errors.As(err, &se) {
				t.Fatalf("err = %v (%T), want a ScriptError", err, err)
			}
			if se.Name != tt.name || !strings.HasPrefix(se.Message, tt.message) || se.Code != tt.code {
				t.Errorf("got name %q message %q code %q", se.Name, se.Message, se.Code)
			}
			if tt.value != "" && string(se.Value) != tt.value {
				t.Errorf("Value = %s, want %s", se.Value, tt.value)
			}
		})
	}
}

func TestModuleTopLevelThrowAndMissingEntries(t *testing.T) {
	code := spec{functions: mods{"ok.server": `async () => 1`}}.code() +
		`globalThis.__attioServer.functions["broken.server"] = { file: "src/broken.server.ts", load: () => { throw new Error("at load"); } };`
	p, err := Compile("dist/server.js", []byte(code))
	if err != nil {
		t.Fatal(err)
	}
	rt := New(p, Services{}, Options{})
	_, err = rt.CallFunction(context.Background(), "broken.server", nil)
	if se := (*ScriptError)(nil); !errors.As(err, &se) || se.Message != "at load" {
		t.Errorf("module throw: err = %v", err)
	}
	if _, err := rt.CallFunction(context.Background(), "nope.server", nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown function: err = %v, want ErrNotFound", err)
	}
	if _, err := rt.CallFunction(context.Background(), "ok.server", args(`{`)); err == nil ||
		errors.As(err, new(*ScriptError)) {
		t.Errorf("malformed argument: err = %v, want a studio error", err)
	}
}

func TestCompileRejectsBundlesThatCannotRun(t *testing.T) {
	tests := []struct{ name, code, want string }{
		{"syntax", "var a = ;", "The server bundle cannot run in the studio's JavaScript engine"},
		{"no server map", "var a = 1;", "did not set globalThis.__attioServer"},
		{"top-level throw", "throw new Error('top');", "top"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Compile("dist/server.js", []byte(tt.code))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestTimeout(t *testing.T) {
	p := compile(t, spec{functions: mods{
		"spin.server":    "async () => {\n  while (true) {}\n}",
		"pending.server": `() => new Promise(() => {})`,
		"timer.server":   `async () => { setTimeout(() => { while (true) {} }, 0); await new Promise(() => {}); }`,
		"sleep.server":   `async () => { await new Promise((r) => setTimeout(r, 60000)); }`,
		"fetch.server":   `async () => { await fetch("https://slow.test/leads", { method: "POST" }); }`,
		"after-await.server": "async () => {\n  await fetch(\"https://slow.test/fast\");\n" +
			"  while (true) {}\n}",
	}})
	slow := &fakeFetch{handler: func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/fast" {
			<-r.Context().Done()
		}
	}}
	// Compile the shims fetch installs once, outside the time limit, as a studio that has
	// served a call before would have.
	New(p, Services{}, Options{}).CallFunction(context.Background(), "fetch.server", nil)
	rt := New(p, Services{Fetch: slow.Do}, Options{Timeout: 100 * time.Millisecond})
	tests := []struct{ id, where string }{
		{"spin.server", "while running dist/server.js:"},
		{"pending.server", "while waiting for a promise that never settled (no request or timer was pending)"},
		{"timer.server", "while running dist/server.js:"},
		{"sleep.server", "while waiting for setTimeout(60000 ms) (started"},
		{"fetch.server", "while waiting for fetch POST https://slow.test/leads (started"},
		// The loop runs in a continuation the host's settling of the fetch started.
		{"after-await.server", "while running dist/server.js:"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			start := time.Now()
			_, err := rt.CallFunction(context.Background(), tt.id, nil)
			var se *ScriptError
			head := fmt.Sprintf("Server function %s timed out after 100ms ", tt.id)
			if !errors.As(err, &se) || se.Code != "timeout" || !strings.HasPrefix(se.Message, head) ||
				!strings.Contains(se.Message, tt.where) {
				t.Fatalf("err = %v\nwant %q ... %q", err, head, tt.where)
			}
			if elapsed := time.Since(start); elapsed > 2*time.Second {
				t.Errorf("took %v to time out", elapsed)
			}
		})
	}
}

func TestCancellation(t *testing.T) {
	p := compile(t, spec{functions: mods{"wait.server": `() => new Promise(() => {})`}})
	rt := New(p, Services{}, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(20*time.Millisecond, cancel)
	_, err := rt.CallFunction(ctx, "wait.server", nil)
	var se *ScriptError
	if !errors.As(err, &se) || se.Code != "cancelled" || !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want a cancelled ScriptError wrapping context.Canceled", err)
	}
}

func TestCallsAreIsolatedAndConcurrent(t *testing.T) {
	p := compile(t, spec{
		prelude: `var counter = 0;`,
		functions: mods{"touch.server": `async (n) => {
			const before = { x: globalThis.x, counter };
			globalThis.x = n; counter++;
			await new Promise((r) => setTimeout(r, 5));
			return { before, after: globalThis.x, counter };
		}`},
	})
	rt := New(p, Services{}, Options{})
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := rt.CallFunction(context.Background(), "touch.server", args(fmt.Sprint(i)))
			want := fmt.Sprintf(`{"before":{"counter":0},"after":%d,"counter":1}`, i)
			if err != nil || string(got) != want {
				t.Errorf("call %d: got %s, %v; want %s", i, got, err, want)
			}
		}()
	}
	wg.Wait()
}

func TestNoNodeGlobals(t *testing.T) {
	p := compile(t, spec{functions: mods{"globals.server": `async () => [
		typeof require, typeof process, typeof Buffer, typeof setImmediate, typeof global,
		typeof fetch, typeof Headers, typeof Request, typeof Response, typeof URL,
		typeof URLSearchParams, typeof TextEncoder, typeof TextDecoder, typeof console,
		typeof setTimeout, typeof clearInterval, typeof queueMicrotask,
		Object.keys(globalThis).filter((k) => k !== "__attioServer"),
	]`}})
	got, err := New(p, Services{}, Options{}).CallFunction(context.Background(), "globals.server", nil)
	want := `["undefined","undefined","undefined","undefined","undefined",` +
		`"function","function","function","function","function",` +
		`"function","function","function","object",` +
		`"function","function","function",[]]`
	if err != nil || string(got) != want {
		t.Fatalf("got %s, %v\nwant %s", got, err, want)
	}
}
