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

// Module installs the timer globals. It expects the event loop's own timers to be present (the
// runtime creates every VM on a goja_nodejs event loop) and the console module installed.
// Timers still pending when a call ends are cancelled with the call.
func Module() host.Module {
	return host.Module{Name: "timers", Install: func(env *host.Env) error {
		_, err := shim.Run(env, map[string]any{
			"alive": env.Alive,
			"uncaught": func(v goja.Value) {
				console.Uncaught(env, "Uncaught", v)
			},
		})
		return err
	}}
}
