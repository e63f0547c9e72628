package runtime

import (
	"context"
	"testing"
)

func TestWebGlobals(t *testing.T) {
	tests := []struct{ name, expr, want string }{
		{"URL parts", `(() => { const u = new URL("/leads?id=1#x", "https://alc.test/api/"); return [u.href, u.host, u.pathname, u.searchParams.get("id")]; })()`,
			`["https://alc.test/leads?id=1#x","alc.test","/leads","1"]`},
		{"URLSearchParams", `(() => { const p = new URLSearchParams({ a: "1 2", b: "é" }); p.append("a", "3"); return [p.toString(), p.getAll("a")]; })()`,
			`["a=1+2&b=%C3%A9&a=3",["1 2","3"]]`},
		{"invalid URL", `(() => { try { new URL("nope"); } catch (e) { return e instanceof TypeError; } })()`, `true`},
		{"TextEncoder", `Array.from(new TextEncoder().encode("é€"))`, `[195,169,226,130,172]`},
		{"TextEncoder.encodeInto", `(() => { const d = new Uint8Array(3); return new TextEncoder().encodeInto("aé!", d); })()`,
			`{"read":2,"written":3}`},
		{"TextDecoder", `new TextDecoder().decode(new Uint8Array([0xEF, 0xBB, 0xBF, 104, 0xFF, 105]).subarray(0))`, "\"h\uFFFDi\""},
		{"TextDecoder fatal", `(() => { try { new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xFF])); } catch (e) { return e.name; } })()`,
			`"TypeError"`},
		{"TextDecoder label", `(() => { try { new TextDecoder("latin1"); } catch (e) { return e.name; } })()`, `"RangeError"`},
		{"polyfill can replace a global", `(() => { globalThis.fetch = () => "mine"; return fetch(); })()`, `"mine"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := compile(t, spec{functions: mods{"f.server": "async () => " + tt.expr}})
			got, err := New(p, Services{}, Options{}).CallFunction(context.Background(), "f.server", nil)
			if err != nil || string(got) != tt.want {
				t.Fatalf("got %s, %v\nwant %s", got, err, tt.want)
			}
		})
	}
}
