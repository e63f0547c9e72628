package runtime

import (
	"context"
	"strings"
	"testing"

	"attio-studio/backend/calllog"
)

func TestConsoleLinesReachTheCallRecord(t *testing.T) {
	tests := []struct {
		name  string
		code  string
		level string
		text  string
	}{
		{"strings raw", `console.log("Lead", "created")`, "log", "Lead created"},
		{"object", `console.log({ a: 1, b: "x" })`, "log", "{ a: 1, b: 'x' }"},
		{"nested depth", `console.info({ a: { b: { c: { d: 1 } } } })`, "info", "{ a: { b: { c: [Object] } } }"},
		{"array and empties", `console.log([1, "two", null, undefined], [], {})`, "log", "[ 1, 'two', null, undefined ] [] {}"},
		{"keys needing quotes", `console.log({ "content-type": "json", ok: true })`, "log", "{ 'content-type': 'json', ok: true }"},
		{"functions and classes", `console.log(function named() {}, () => 1, class Lead {})`, "log",
			"[Function: named] [Function (anonymous)] [class Lead]"},
		{"printf", `console.warn("%s has %d leads (%j) 100%%", "Ann", 3, { x: 1 }, "extra")`, "warn",
			`Ann has 3 leads ({"x":1}) 100% extra`},
		{"special values", `console.error(-0, 10n, Symbol("s"), NaN)`, "error", "-0 10n Symbol(s) NaN"},
		{"cycle", `const a = { n: 1 }; a.self = a; console.log(a)`, "log", "{ n: 1, self: [Circular] }"},
		{"map and set", `console.debug(new Map([["k", 1]]), new Set([1, 2]))`, "debug", "Map(1) { 'k' => 1 } Set(2) { 1, 2 }"},
		{"class instance", `class Lead { constructor() { this.id = "l1"; } } console.log(new Lead())`, "log", "Lead { id: 'l1' }"},
		{"date", `console.log(new Date(0))`, "log", "1970-01-01T00:00:00.000Z"},
		{"typed array", `console.log(new Uint8Array([1, 2]))`, "log", "Uint8Array(2) [ 1, 2 ]"},
		{"nested error", `console.log({ e: new TypeError("bad") })`, "log", "{ e: [TypeError: bad] }"},
		{"headers", `console.log(new Headers({ "X-A": "1" }))`, "log", "Headers { 'x-a': '1' }"},
		{"response", `console.log(new Response("x", { status: 201 }))`, "log",
			"Response { status: 201, statusText: '', url: '', headers: { 'content-type': 'text/plain;charset=UTF-8' } }"},
		{"promise", `console.log(Promise.resolve(1))`, "log", "Promise { <fulfilled> }"},
		{"quote choice", `console.log(["it's"])`, "log", `[ "it's" ]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := compile(t, spec{functions: mods{"log.server": "async () => { " + tt.code + " }"}})
			call := recorded(t, func(ctx context.Context) {
				if _, err := New(p, Services{}, Options{}).CallFunction(ctx, "log.server", nil); err != nil {
					t.Error(err)
				}
			})
			if len(call.Console) != 1 {
				t.Fatalf("console = %+v, want one line", call.Console)
			}
			if got := call.Console[0]; got.Level != tt.level || got.Text != tt.text {
				t.Errorf("got %s %q\nwant %s %q", got.Level, got.Text, tt.level, tt.text)
			}
		})
	}
}

func TestUncaughtErrorsAreReported(t *testing.T) {
	tests := []struct {
		name string
		code string
		want string
	}{
		{"throw in a timer", `setTimeout(() => { throw new Error("in timer"); }, 0);
			await new Promise((r) => setTimeout(r, 20));`, "Uncaught Error: in timer"},
		{"unhandled rejection", `Promise.reject(new Error("forgotten"));`, "Uncaught (in promise) Error: forgotten"},
		{"handled later is fine", `const p = Promise.reject(new Error("x")); await null; p.catch(() => {});`, ""},
		{"plain object body", `await fetch("https://a.test/", { method: "POST", body: { a: 1 } }).catch(() => {});`,
			`The request body is a plain object, which is sent as the text "[object Object]"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := compile(t, spec{functions: mods{"f.server": "async () => { " + tt.code + " }"}})
			call := recorded(t, func(ctx context.Context) {
				if _, err := New(p, Services{}, Options{}).CallFunction(ctx, "f.server", nil); err != nil {
					t.Error(err)
				}
			})
			if tt.want == "" {
				if len(call.Console) != 0 {
					t.Errorf("console = %+v, want nothing", call.Console)
				}
				return
			}
			if !hasLine(call.Console, tt.want) {
				t.Errorf("console = %+v, want a line starting %q", call.Console, tt.want)
			}
		})
	}
}

func hasLine(lines []calllog.ConsoleLine, prefix string) bool {
	for _, l := range lines {
		if (l.Level == "error" || l.Level == "warn") && strings.HasPrefix(l.Text, prefix) {
			return true
		}
	}
	return false
}

func TestTimersStopWithTheCall(t *testing.T) {
	p := compile(t, spec{functions: mods{"f.server": `async () => {
		setInterval(() => console.log("tick"), 1);
		setTimeout(() => console.log("never"), 10000);
		const t = setTimeout(() => console.log("cleared"), 0);
		clearTimeout(t);
		clearTimeout(undefined); clearTimeout(42); clearInterval(null);
		await new Promise((r) => setTimeout(r, 15));
		return "done";
	}`}})
	call := recorded(t, func(ctx context.Context) {
		got, err := New(p, Services{}, Options{}).CallFunction(ctx, "f.server", nil)
		if err != nil || string(got) != `"done"` {
			t.Errorf("got %s, %v", got, err)
		}
	})
	for _, l := range call.Console {
		if l.Text != "tick" {
			t.Errorf("unexpected console line %q", l.Text)
		}
	}
	if len(call.Console) == 0 {
		t.Error("the interval never ran")
	}
	// goleak in TestMain checks that the interval's and the long timeout's goroutines are gone.
}
