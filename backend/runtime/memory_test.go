package runtime

import (
	"context"
	"errors"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
)

// A call whose code allocates without end is stopped when the heap passes the limit, with an
// error that says so and where it was; the runtime goes on serving calls, and the memory comes back.
func TestACallThatAllocatesWithoutEndIsStopped(t *testing.T) {
	p := compile(t, spec{functions: mods{
		"hoard.server": "async () => {\n  const kept = []\n" +
			"  while (true) kept.push(new Array(100000).fill(kept.length))\n}",
		"fine.server": `async () => "still here"`,
	}})
	runtime.GC()
	limit := heapInUse() + 256<<20
	rt := New(p, Services{}, Options{MemoryLimit: limit})
	_, err := rt.CallFunction(context.Background(), "hoard.server", nil)
	var se *ScriptError
	if !errors.As(err, &se) || se.Code != "out-of-memory" ||
		!strings.HasPrefix(se.Message, "Server function hoard.server was stopped because the "+
			"studio's memory passed") || se.Line == 0 {
		t.Fatalf("err = %v (line %d), want an out-of-memory error where it ran", err, lineOf(se))
	}
	v, err := rt.CallFunction(context.Background(), "fine.server", nil)
	if err != nil || string(v) != `"still here"` {
		t.Errorf("after the stopped call: %v, %v", v, err)
	}
	runtime.GC()
	if heap := heapInUse(); heap > limit {
		t.Errorf("the stopped call's memory was kept: %d MB in use", heap>>20)
	}
}

func lineOf(se *ScriptError) int {
	if se == nil {
		return 0
	}
	return se.Line
}

// heapInUse is the heap's size now, as the memory guard reads it.
func heapInUse() int64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	return int64(sample[0].Value.Uint64())
}
