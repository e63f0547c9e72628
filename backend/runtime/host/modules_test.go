package host

import (
	"context"
	"errors"
	"log/slog"
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/eventloop"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// onLoop runs fn on a fresh loop and tears the loop down.
func onLoop(t *testing.T, fn func(env *Env)) {
	t.Helper()
	loop := eventloop.NewEventLoop(eventloop.EnableConsole(false))
	loop.Start()
	defer loop.Terminate()
	done := make(chan struct{})
	loop.RunOnLoop(func(vm *goja.Runtime) {
		defer close(done)
		fn(NewEnv(context.Background(), vm, loop, slog.New(slog.DiscardHandler), nil))
	})
	<-done
}

func TestLazyModules(t *testing.T) {
	tests := []struct {
		name         string
		script       string
		want         string
		wantInstalls int
	}{
		{"untouched", `"nothing"`, "nothing", 0},
		{"read installs once", `greet() + greet()`, "hihi", 1},
		{"typeof installs", `typeof greet`, "function", 1},
		{"assignment replaces without installing", `globalThis.greet = () => "mine"; greet()`, "mine", 0},
		{"not enumerable", `String(Object.keys(globalThis).includes("greet"))`, "false", 0},
		{"failed install throws", `try { broken } catch (e) { e.message }`,
			"The studio could not provide broken: install the broken host module: no luck", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			installs := 0
			onLoop(t, func(env *Env) {
				err := env.Add(Module{Name: "greet", Globals: []string{"greet"}, Install: func(env *Env) error {
					installs++
					return env.VM.GlobalObject().DefineDataProperty("greet",
						env.VM.ToValue(func() string { return "hi" }), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
				}})
				if err != nil {
					t.Fatal(err)
				}
				_ = env.Add(Module{Name: "broken", Globals: []string{"broken"},
					Install: func(*Env) error { return errors.New("no luck") }})
				v, err := env.VM.RunString(tt.script)
				if err != nil || v.String() != tt.want {
					t.Errorf("got %v, %v; want %q", v, err, tt.want)
				}
			})
			if installs != tt.wantInstalls {
				t.Errorf("installed %d times, want %d", installs, tt.wantInstalls)
			}
		})
	}
}

func TestGoSettlesOnTheLoopAndWaits(t *testing.T) {
	loop := eventloop.NewEventLoop(eventloop.EnableConsole(false))
	loop.Start()
	defer loop.Terminate()
	result := make(chan string, 1)
	var env *Env
	loop.RunOnLoop(func(vm *goja.Runtime) {
		env = NewEnv(context.Background(), vm, loop, slog.New(slog.DiscardHandler), nil)
		p := env.Go("test work", func(ctx context.Context) Settle { return Resolved("done") })
		then, _ := goja.AssertFunction(p.ToObject(vm).Get("then"))
		_, _ = then(p, vm.ToValue(func(v string) { result <- v }))
	})
	if got := <-result; got != "done" {
		t.Errorf("settled with %q", got)
	}
	env.Wait()
}
