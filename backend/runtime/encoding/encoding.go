package encoding

import (
	_ "embed"

	"github.com/dop251/goja"

	"attio-studio/backend/runtime/host"
)

//go:embed encoding.js
var encodingJS string

var shim = host.NewShim("encoding.js", encodingJS)

// Module installs TextEncoder and TextDecoder.
func Module() host.Module {
	return host.Module{Name: "encoding", Globals: []string{"TextEncoder", "TextDecoder"},
		Install: func(env *host.Env) error {
			vm := env.VM
			_, err := shim.Run(env, map[string]any{
				"encode": func(s string) goja.ArrayBuffer { return vm.NewArrayBuffer(Encode(s)) },
				"encodeInto": func(s string, dst []byte) []int {
					read, written := EncodeInto(s, dst)
					return []int{read, written}
				},
				"decode": func(b []byte, fatal, ignoreBOM bool) string {
					s, err := Decode(b, fatal, ignoreBOM)
					if err != nil {
						host.Throw(vm, "TypeError", "The encoded data was not valid for encoding utf-8")
					}
					return s
				},
			})
			return err
		}}
}
