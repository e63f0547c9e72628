package runtime

import (
	"context"
	"testing"
)

// BenchmarkCallFunction measures a warm call of a trivial server function: a fresh VM on its
// own loop, every host module installed, the bundle evaluated, the handler awaited.
func BenchmarkCallFunction(b *testing.B) {
	p := compile(b, spec{functions: mods{"add.server": `async (a, b) => a + b`}})
	rt := New(p, Services{}, Options{})
	in := args(`1`, `2`)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if out, err := rt.CallFunction(ctx, "add.server", in); err != nil || string(out) != "3" {
			b.Fatalf("got %s, %v", out, err)
		}
	}
}
