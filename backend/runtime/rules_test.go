package runtime

import (
	"context"
	"errors"
	"strings"
	"testing"

	"attio-studio/backend/runtime/internal/jstest"
)

// rulesBundle maps each function line for line to its own file, the way esbuild lays out a
// server bundle, so errors about Attio's rules can be checked against app positions.
func rulesBundle(t *testing.T) *Program {
	t.Helper()
	b := jstest.NewBundle("dist/server.js")
	entries := map[string][]string{
		"src/map.server.ts": {
			`export default async function () {`,
			`  return { byId: new Map([["a", 1]]) };`,
			`}`},
		"src/throw-fn.server.ts": {
			`export default async function () {`,
			`  throw { retry() {} };`,
			`}`},
		"src/throw-error.server.ts": {
			`export default async function () {`,
			`  const e = new Error("lead refused"); e.details = new Set([1]);`,
			`  throw e;`,
			`}`},
		"src/throw-null.server.ts": {
			`export default async function () {`,
			`  throw null;`,
			`}`},
		"src/date.server.ts": {
			`export default async function () {`,
			`  return { at: new Date(Date.UTC(2026, 0, 2)), n: NaN, gone: undefined };`,
			`}`},
		"src/reject.server.ts": {
			`export default async function () {`,
			`  Promise.reject(new Error("nobody waits for me"));`,
			`  await null;`,
			`  return "done";`,
			`}`},
		"src/loop.server.ts": {
			`export default async function () {`,
			`  let i = 0;`,
			`  while (true) { i++; }`,
			`}`},
		"src/wait.server.ts": {
			`export default async function () {`,
			`  await new Promise((resolve) => setTimeout(resolve, 60000));`,
			`}`},
	}
	var files []string
	for file := range entries {
		files = append(files, file)
	}
	b.Raw(`var __exports = {};`)
	for _, file := range files {
		b.Raw(`__exports[` + quoteJS(file) + `] = (function () {`)
		for i, line := range entries[file] {
			if i == 0 {
				b.From(file, 1, `  return /* export default */ async function () {`)
				continue
			}
			b.From(file, i+1, line)
		}
		b.Raw(`})();`)
	}
	b.Raw(`globalThis.__attioServer = { functions: {}, webhooks: {}, events: {} };`)
	for _, file := range files {
		id := strings.TrimSuffix(strings.TrimPrefix(file, "src/"), ".ts")
		b.Raw(`globalThis.__attioServer.functions[` + quoteJS(id) + `] = { file: ` + quoteJS(file) +
			`, load: () => ({ default: __exports[` + quoteJS(file) + `] }) };`)
	}
	p, err := Compile("dist/server.js", b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func quoteJS(s string) string { return `"` + s + `"` }

func TestAttioRulesNameTheProblem(t *testing.T) {
	p := rulesBundle(t)
	tests := []struct {
		id       string
		message  string
		code     string
		location string
	}{
		{"map.server", "Server function map.server returned a value that cannot be sent to the client " +
			"as JSON: result.byId is a Map, which JSON turns into {}.", "not-serializable", "src/map.server.ts:1:3"},
		{"throw-fn.server", `Server function throw-fn.server threw "{ retry: [Function: retry] }", which ` +
			"cannot be sent to the client as JSON: error.retry is a function.", "not-serializable",
			"src/throw-fn.server.ts:1:3"},
		{"throw-error.server", `Server function throw-error.server threw "Error: lead refused", which ` +
			"cannot be sent to the client as JSON: error.details is a Set, which JSON turns into {}.",
			"not-serializable", "src/throw-error.server.ts:2:13"},
		{"throw-null.server", "null", "", "src/throw-null.server.ts:1:3"},
		{"loop.server", "Server function loop.server timed out after 200ms while running " +
			"src/loop.server.ts:3:", "timeout", "src/loop.server.ts:3:"},
		{"wait.server", "Server function wait.server timed out after 200ms while waiting for " +
			"setTimeout(60000 ms) (started at src/wait.server.ts:2:", "timeout", "src/wait.server.ts:2:"},
	}
	rt := New(p, Services{}, Options{Timeout: 200 * 1e6})
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			_, err := rt.CallFunction(context.Background(), tt.id, nil)
			var se *ScriptError
			if !errors.As(err, &se) {
				t.Fatalf("err = %v, want a ScriptError", err)
			}
			loc := se.File + ":" + itoa(se.Line) + ":" + itoa(se.Column)
			if !strings.HasPrefix(se.Message, tt.message) || se.Code != tt.code ||
				!strings.HasPrefix(loc, tt.location) {
				t.Errorf("got %q (code %q) at %s\nwant %q (code %q) at %s", se.Message, se.Code, loc,
					tt.message, tt.code, tt.location)
			}
			if se.LineText == "" {
				t.Errorf("no source line for %s", loc)
			}
		})
	}
}

func TestValuesArriveAsJSONDeliversThem(t *testing.T) {
	rt := New(rulesBundle(t), Services{}, Options{})
	got, err := rt.CallFunction(context.Background(), "date.server", nil)
	if err != nil || string(got) != `{"at":"2026-01-02T00:00:00.000Z","n":null}` {
		t.Errorf("got %s, %v", got, err)
	}
}

func TestUnhandledRejectionsAreReportedOnTheCall(t *testing.T) {
	rt := New(rulesBundle(t), Services{}, Options{})
	call := recorded(t, func(ctx context.Context) {
		got, err := rt.CallFunction(ctx, "reject.server", nil)
		if err != nil || string(got) != `"done"` {
			t.Errorf("got %s, %v; the call itself succeeds", got, err)
		}
	})
	if len(call.Console) != 1 || call.Console[0].Level != "error" ||
		!strings.HasPrefix(call.Console[0].Text, "Uncaught (in promise) Error: nobody waits for me\n"+
			"    at src/reject.server.ts:2:") {
		t.Errorf("console = %+v", call.Console)
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}
