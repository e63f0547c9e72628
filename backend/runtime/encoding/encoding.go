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
				// decode returns the text and how many trailing bytes it held back (only when
				// stream is set) for the next chunk.
				"decode": func(b []byte, fatal, ignoreBOM, stream bool) []any {
					held := 0
					if stream {
						held = Incomplete(b)
					}
					s, err := Decode(b[:len(b)-held], fatal, ignoreBOM)
					if err != nil {
						host.Throw(vm, "TypeError", "The encoded data was not valid for encoding utf-8")
					}
					return []any{s, held}
				},
			})
			return err
		}}
}
