// Package urlapi gives the server runtime the WHATWG URL and URLSearchParams globals, using
// goja_nodejs's implementation.
package urlapi

import (
	"fmt"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/url"

	"attio-studio/backend/runtime/host"
)

// Module installs URL and URLSearchParams. It needs `require` to be enabled on the VM while it
// installs (goja_nodejs loads the implementation as its "url" core module); the runtime removes
// `require` afterwards because app code must not see it.
func Module() host.Module {
	return host.Module{Name: "url", Install: func(env *host.Env) (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("enable URL: %v", r)
			}
		}()
		url.Enable(env.VM)
		if _, ok := goja.AssertConstructor(env.VM.Get("URL")); !ok {
			return fmt.Errorf("URL is not a constructor after enabling the url module")
		}
		return nil
	}}
}
