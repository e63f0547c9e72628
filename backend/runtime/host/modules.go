package host

import (
	"errors"
	"fmt"

	"github.com/dop251/goja"
)

type moduleState struct {
	module    Module
	installed bool
	err       error
}

// Add makes m available in the VM: installed now when it has no Globals, else on first use.
// Only on the loop.
func (e *Env) Add(m Module) error {
	st := &moduleState{module: m}
	e.modules[m.Name] = st
	if m.Prepare != nil {
		if err := m.Prepare(e); err != nil {
			return fmt.Errorf("prepare the %s host module: %w", m.Name, err)
		}
	}
	if len(m.Globals) == 0 {
		return e.Ensure(m.Name)
	}
	global := e.VM.GlobalObject()
	for _, name := range m.Globals {
		if err := global.DefineAccessorProperty(name, e.VM.ToValue(e.lazyGetter(st, name)),
			e.VM.ToValue(e.lazySetter(name)), goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return fmt.Errorf("define %s: %w", name, err)
		}
	}
	return nil
}

// Ensure installs the module called name if it is not installed yet, and returns the error of
// its installation. Modules that use another module's internals from Go call it first.
func (e *Env) Ensure(name string) error {
	st, ok := e.modules[name]
	if !ok {
		return fmt.Errorf("no host module %q", name)
	}
	if !st.installed {
		st.installed = true
		if err := st.module.Install(e); err != nil {
			st.err = fmt.Errorf("install the %s host module: %w", name, err)
			e.Logger.Error("a host module failed to install", "module", name, "err", err)
		}
	}
	return st.err
}

func (e *Env) lazyGetter(st *moduleState, name string) func(goja.FunctionCall) goja.Value {
	return func(goja.FunctionCall) goja.Value {
		if st.installed {
			// Install ran but left the accessor in place: a bug in the module, not a reason to
			// recurse forever.
			return goja.Undefined()
		}
		if err := e.Ensure(st.module.Name); err != nil {
			var in *goja.InterruptedError
			if errors.As(err, &in) {
				// The call timed out or ended while the module installed: carry on stopping,
				// rather than blame the module.
				panic(in)
			}
			Throw(e.VM, "Error", fmt.Sprintf("The studio could not provide %s: %v", name, err))
		}
		return e.VM.GlobalObject().Get(name)
	}
}

// lazySetter lets app code replace a lazy global (a polyfill assigning globalThis.fetch) without
// installing the module.
func (e *Env) lazySetter(name string) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		_ = e.VM.GlobalObject().DefineDataProperty(name, call.Argument(0), goja.FLAG_TRUE,
			goja.FLAG_TRUE, goja.FLAG_FALSE)
		return goja.Undefined()
	}
}
