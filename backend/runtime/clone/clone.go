// Package clone gives the server runtime structuredClone, following the HTML standard's
// structured serialization: cycles and shared references survive, Dates, RegExps, Maps, Sets,
// ArrayBuffers, typed arrays, Blobs and Errors are copied as themselves, other objects become
// plain objects, and a function, a symbol or a platform object (Request, Headers...) throws a
// DataCloneError naming it.
package clone

import (
	_ "embed"

	"attio-studio/backend/runtime/blob"
	"attio-studio/backend/runtime/dom"
	"attio-studio/backend/runtime/host"
)

//go:embed clone.js
var cloneJS string

var shim = host.NewShim("clone.js", cloneJS)

// Module installs structuredClone.
func Module() host.Module {
	return host.Module{Name: "clone", Globals: []string{"structuredClone"},
		Install: func(env *host.Env) error {
			doms, err := dom.Internals(env)
			if err != nil {
				return err
			}
			blobs, err := blob.Internals(env)
			if err != nil {
				return err
			}
			_, err = shim.Run(env, map[string]any{
				"DOMException": doms.Get("DOMException"),
				"blob":         blobs,
			})
			return err
		}}
}
