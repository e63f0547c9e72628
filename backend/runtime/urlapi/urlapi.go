// Package urlapi gives the server runtime the WHATWG URL and URLSearchParams globals, using
// goja_nodejs's implementation.
package urlapi

import (
	"fmt"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/url"

	"attio-studio/backend/runtime/host"
)

// Module installs URL and URLSearchParams. It loads goja_nodejs's "url" module directly rather
// than through require, which app code must not see.
func Module() host.Module {
	return host.Module{Name: "url", Globals: []string{"URL", "URLSearchParams"},
		Install: func(env *host.Env) (err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("load goja_nodejs url: %v", r)
				}
			}()
			vm := env.VM
			module, exports := vm.NewObject(), vm.NewObject()
			if err := module.Set("exports", exports); err != nil {
				return err
			}
			url.Require(vm, module)
			global := vm.GlobalObject()
			for _, name := range []string{"URL", "URLSearchParams"} {
				v := exports.Get(name)
				if _, ok := goja.AssertConstructor(v); !ok {
					return fmt.Errorf("the url module has no %s constructor", name)
				}
				// Like every web global: writable, configurable, not enumerable.
				if err := global.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE,
					goja.FLAG_FALSE); err != nil {
					return fmt.Errorf("define %s: %w", name, err)
				}
			}
			return nil
		}}
}
