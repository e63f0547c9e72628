package runtime

import (
	"context"
	"fmt"
	"testing"
)

// jsCase is one conformance check: body is the body of an async server function whose result,
// as JSON, must be want.
type jsCase struct{ name, body, want string }

// helpers are available to every jsCase body.
const helpers = `
const caught = async (fn) => {
	try { await fn(); return "no error"; } catch (e) { return String(e.name) + ": " + e.message; }
};
const hex = (buf) => Array.from(buf instanceof ArrayBuffer ? new Uint8Array(buf) : buf,
	(b) => b.toString(16).padStart(2, "0")).join("");
const utf8 = (s) => new TextEncoder().encode(s);
`

// runCases runs every case as a server function of one bundle with services s.
func runCases(t *testing.T, s Services, cases []jsCase) {
	t.Helper()
	fns := mods{}
	for i, c := range cases {
		fns[fmt.Sprintf("case%d.server", i)] = "async () => {\n" + c.body + "\n}"
	}
	rt := New(compile(t, spec{prelude: helpers, functions: fns}), s, Options{})
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := rt.CallFunction(context.Background(), fmt.Sprintf("case%d.server", i), nil)
			if err != nil || string(got) != c.want {
				t.Errorf("got %s, %v\nwant %s", got, err, c.want)
			}
		})
	}
}
