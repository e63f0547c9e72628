// Package timers gives the server runtime setTimeout, setInterval, their clear functions and
// queueMicrotask on top of the call's event loop.
package timers

import (
	_ "embed"

	"github.com/dop251/goja"

	"attio-studio/backend/runtime/console"
	"attio-studio/backend/runtime/host"
)

//go:embed timers.js
var timersJS string

var shim = host.NewShim("timers.js", timersJS)

type loopTimersKey struct{}

var globals = []string{"setTimeout", "setInterval", "clearTimeout", "clearInterval",
	"queueMicrotask", "setImmediate", "clearImmediate"}

// Module installs the timer globals over the event loop's own timers (the runtime creates every
// VM on a goja_nodejs event loop), which Prepare captures before the globals become lazy.
// Timers still pending when a call ends are cancelled with the call.
func Module() host.Module {
	return host.Module{Name: "timers", Globals: globals,
		Prepare: func(env *host.Env) error {
			loop := env.VM.NewObject()
			for _, name := range []string{"setTimeout", "setInterval", "clearTimeout", "clearInterval"} {
				if err := loop.Set(name, env.VM.Get(name)); err != nil {
					return err
				}
			}
			env.Store(loopTimersKey{}, loop)
			return nil
		},
		Install: func(env *host.Env) error {
			_, err := shim.Run(env, map[string]any{
				"loop":  env.Load(loopTimersKey{}),
				"alive": env.Alive,
				"uncaught": func(v goja.Value) {
					console.Uncaught(env, "Uncaught", v)
				},
				// track lists a pending timer among what the call waits for (see host.Track).
				"track": func(label string) func() { return env.Track(label) },
				// invoke is what the loop calls when a timer fires: it runs the callback and
				// reports what JavaScript cannot catch (see host.Env.Report).
				"invoke": func(call goja.FunctionCall) goja.Value {
					fn, ok := goja.AssertFunction(call.Argument(0))
					if !ok {
						return goja.Undefined()
					}
					if _, err := fn(goja.Undefined(), call.Arguments[1:]...); err != nil &&
						env.Report != nil {
						env.Report(err)
					}
					return goja.Undefined()
				},
			})
			return err
		}}
}
