// Package dom gives the server runtime the few DOM-standard globals server code uses without a
// page: DOMException, Event, EventTarget, AbortController and AbortSignal (with
// AbortSignal.timeout and AbortSignal.any). fetch honours an AbortSignal; other modules throw
// DOMExceptions (structuredClone's DataCloneError, atob's InvalidCharacterError).
package dom

import (
	_ "embed"

	"github.com/dop251/goja"

	"attio-studio/backend/runtime/console"
	"attio-studio/backend/runtime/host"
)

//go:embed dom.js
var domJS string

var shim = host.NewShim("dom.js", domJS)

// ModuleName is the dom module's name, for host.Env.Ensure.
const ModuleName = "dom"

type internalsKey struct{}

// Module installs DOMException, Event, EventTarget, AbortController and AbortSignal. It needs
// the timers (AbortSignal.timeout) and the console (errors thrown by event listeners).
func Module() host.Module {
	return host.Module{Name: ModuleName,
		Globals: []string{"DOMException", "Event", "EventTarget", "AbortController", "AbortSignal"},
		Install: func(env *host.Env) error {
			internals, err := shim.Run(env, map[string]any{
				"uncaught": func(v goja.Value) { console.Uncaught(env, "Uncaught", v) },
			})
			if err != nil {
				return err
			}
			env.Store(internalsKey{}, internals)
			return nil
		}}
}

// Internals returns the dom module's classes (DOMException, AbortSignal, AbortController) as
// installed, whatever app code later does to the globals, installing the module if needed. Only
// on the loop.
func Internals(env *host.Env) (*goja.Object, error) {
	if err := env.Ensure(ModuleName); err != nil {
		return nil, err
	}
	internals, _ := env.Load(internalsKey{}).(*goja.Object)
	return internals, nil
}

// NewDOMException constructs a DOMException with message and name (such as "AbortError"),
// installing the module if needed. Only on the loop.
func NewDOMException(env *host.Env, message, name string) goja.Value {
	internals, err := Internals(env)
	if err != nil {
		return host.NewError(env.VM, "Error", message)
	}
	var ctor goja.Constructor
	ok := internals != nil
	if ok {
		ctor, ok = goja.AssertConstructor(internals.Get("DOMException"))
	}
	if !ok {
		return host.NewError(env.VM, "Error", message)
	}
	obj, err := ctor(nil, env.VM.ToValue(message), env.VM.ToValue(name))
	if err != nil {
		return host.NewError(env.VM, "Error", message)
	}
	return obj
}
