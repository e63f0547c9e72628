package host

import (
	"fmt"
	"sync"

	"github.com/dop251/goja"
)

// Shim is a JavaScript binding compiled once per process and run in every VM. Its source is a
// single function expression `(function (host) { ... })` that installs globals and may return an
// object of internals for the Go side. Shims are the JS half of host modules: they hold what is
// clearer in JavaScript (classes, iteration, argument defaults) and call Go through host.
type Shim struct {
	name string
	src  string
	once sync.Once
	prg  *goja.Program
	err  error
}

// NewShim declares a shim; name appears in stack traces of bugs in the shim itself.
func NewShim(name, src string) *Shim { return &Shim{name: name, src: src} }

// Run evaluates the shim in env's VM with hostObj as its `host` argument and returns what the
// shim returned (nil when it returned nothing).
func (s *Shim) Run(env *Env, hostObj any) (*goja.Object, error) {
	s.once.Do(func() { s.prg, s.err = goja.Compile(s.name, s.src, true) })
	if s.err != nil {
		return nil, fmt.Errorf("compile shim %s: %w", s.name, s.err)
	}
	fnValue, err := env.VM.RunProgram(s.prg)
	if err != nil {
		return nil, fmt.Errorf("evaluate shim %s: %w", s.name, err)
	}
	fn, ok := goja.AssertFunction(fnValue)
	if !ok {
		return nil, fmt.Errorf("shim %s is not a function expression", s.name)
	}
	out, err := fn(goja.Undefined(), env.VM.ToValue(hostObj))
	if err != nil {
		return nil, fmt.Errorf("run shim %s: %w", s.name, err)
	}
	if goja.IsUndefined(out) || goja.IsNull(out) {
		return nil, nil
	}
	return out.ToObject(env.VM), nil
}

// Func returns the function property name of obj, or an error naming the shim's bug.
func Func(obj *goja.Object, name string) (goja.Callable, error) {
	if obj == nil {
		return nil, fmt.Errorf("shim returned no internals, want %s", name)
	}
	fn, ok := goja.AssertFunction(obj.Get(name))
	if !ok {
		return nil, fmt.Errorf("shim internals have no function %s", name)
	}
	return fn, nil
}
