package host

import (
	"context"
	"log/slog"
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/eventloop"
)

func TestPendingListsWhatTheCallWaitsFor(t *testing.T) {
	loop := eventloop.NewEventLoop(eventloop.EnableConsole(false))
	loop.Start()
	defer loop.Terminate()
	release := make(chan struct{})
	started := make(chan *Env, 1)
	loop.RunOnLoop(func(vm *goja.Runtime) {
		env := NewEnv(context.Background(), vm, loop, slog.New(slog.DiscardHandler), nil)
		env.Locate = func([]goja.StackFrame) Position { return Position{File: "src/a.ts", Line: 3, Column: 7} }
		done := env.Track("setTimeout(10 ms)")
		env.Go("fetch GET https://a.test", func(ctx context.Context) Settle {
			<-release
			return Resolved(nil)
		})
		done()
		started <- env
	})
	env := <-started
	ops := env.Pending()
	if len(ops) != 1 || ops[0].Label != "fetch GET https://a.test" || ops[0].Where.String() != "src/a.ts:3:7" {
		t.Errorf("pending = %+v", ops)
	}
	close(release)
	env.Wait()
	if ops := env.Pending(); len(ops) != 0 {
		t.Errorf("still pending after the work returned: %+v", ops)
	}
}
