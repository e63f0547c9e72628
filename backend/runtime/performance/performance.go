// Package performance gives the server runtime the performance global apps time their work
// with: performance.now() and performance.timeOrigin, read from the call's world so that a
// deterministic replay sees the same times.
package performance

import (
	"github.com/dop251/goja"

	"attio-studio/backend/runtime/host"
)

// Module installs performance.
func Module() host.Module {
	return host.Module{Name: "performance", Globals: []string{"performance"},
		Install: func(env *host.Env) error {
			vm := env.VM
			origin := float64(env.World.Origin().UnixMicro()) / 1000
			perf := vm.NewObject()
			set := func(name string, v any) error {
				return perf.DefineDataProperty(name, vm.ToValue(v), goja.FLAG_TRUE, goja.FLAG_FALSE,
					goja.FLAG_TRUE)
			}
			if err := set("now", func() float64 { return env.World.SinceOrigin() }); err != nil {
				return err
			}
			if err := set("timeOrigin", origin); err != nil {
				return err
			}
			err := set("toJSON", func() map[string]any { return map[string]any{"timeOrigin": origin} })
			if err != nil {
				return err
			}
			return vm.GlobalObject().DefineDataProperty("performance", perf, goja.FLAG_TRUE,
				goja.FLAG_FALSE, goja.FLAG_TRUE)
		}}
}
