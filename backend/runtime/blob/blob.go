// Package blob gives the server runtime Blob, File and FormData, with bodies held in memory, and
// the multipart/form-data encoding fetch uses to send and read FormData bodies.
package blob

import (
	_ "embed"

	"github.com/dop251/goja"

	"attio-studio/backend/runtime/encoding"
	"attio-studio/backend/runtime/host"
)

//go:embed blob.js
var blobJS string

var shim = host.NewShim("blob.js", blobJS)

// ModuleName is the blob module's name, for host.Env.Ensure.
const ModuleName = "blob"

type internalsKey struct{}

// Module installs Blob, File and FormData. Reading a urlencoded form needs URLSearchParams.
func Module() host.Module {
	return host.Module{Name: ModuleName, Globals: []string{"Blob", "File", "FormData"},
		Install: func(env *host.Env) error {
			vm := env.VM
			internals, err := shim.Run(env, map[string]any{
				"encode": func(text string) goja.ArrayBuffer { return vm.NewArrayBuffer([]byte(text)) },
				"decode": func(b []byte) string {
					s, _ := encoding.Decode(b, false, false) // never fails when not fatal
					return s
				},
				"encodeMultipart": func(values []goja.Value) map[string]any {
					body, contentType := EncodeMultipart(partsOf(vm, values))
					return map[string]any{"bytes": uint8Array(vm, body), "type": contentType}
				},
				"decodeMultipart": func(b []byte, contentType string) []map[string]any {
					parts, err := DecodeMultipart(b, contentType)
					if err != nil {
						host.Throw(vm, "TypeError", "Could not parse content as FormData: "+err.Error())
					}
					return partValues(vm, parts)
				},
			})
			if err != nil {
				return err
			}
			env.Store(internalsKey{}, internals)
			return nil
		}}
}

// Internals returns the blob module's functions other modules use (blobParts, newBlob,
// encodeForm, decodeForm) and its classes, installing the module if needed. Only on the loop.
func Internals(env *host.Env) (*goja.Object, error) {
	if err := env.Ensure(ModuleName); err != nil {
		return nil, err
	}
	internals, _ := env.Load(internalsKey{}).(*goja.Object)
	return internals, nil
}

// partsOf reads the parts JavaScript hands over: {name, value} or {name, filename, type, bytes}.
func partsOf(vm *goja.Runtime, values []goja.Value) []Part {
	parts := make([]Part, len(values))
	for i, v := range values {
		obj := v.ToObject(vm)
		p := Part{Name: obj.Get("name").String()}
		if f := obj.Get("filename"); f != nil && !goja.IsUndefined(f) {
			p.IsFile, p.Filename, p.Type = true, f.String(), obj.Get("type").String()
			p.Bytes, _ = obj.Get("bytes").Export().([]byte)
		} else {
			p.Value = obj.Get("value").String()
		}
		parts[i] = p
	}
	return parts
}

func partValues(vm *goja.Runtime, parts []Part) []map[string]any {
	out := make([]map[string]any, len(parts))
	for i, p := range parts {
		var filename any // null for a plain field
		if p.IsFile {
			filename = p.Filename
		}
		out[i] = map[string]any{"name": p.Name, "filename": filename, "type": p.Type,
			"bytes": uint8Array(vm, p.Bytes)}
	}
	return out
}

func uint8Array(vm *goja.Runtime, b []byte) goja.Value {
	ctor, _ := goja.AssertConstructor(vm.Get("Uint8Array"))
	arr, err := ctor(nil, vm.ToValue(vm.NewArrayBuffer(b)))
	if err != nil {
		panic(err) // Uint8Array is a built-in; failing to call it is a broken VM
	}
	return arr
}
