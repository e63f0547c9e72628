// Package host is what every host module of the server runtime builds on: the per-call
// environment (the VM, its event loop, the call's context and recorder), the Module type the
// runtime registers, helpers to run host work off the loop and settle promises back on it, and
// precompiled JavaScript shims.
package host

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/eventloop"

	"attio-studio/backend/calllog"
	"attio-studio/backend/runtime/world"
)

// Module is one host module: a named piece of the server runtime (console, fetch, attio/server,
// ...) that Install adds to a fresh VM. Install runs on the event loop.
//
// A module that lists its Globals is installed lazily, the first time code reads one of them:
// most calls touch few modules, and installing every module's classes up front would cost more
// than the call itself. Install must define each of its Globals as a data property.
type Module struct {
	Name    string
	Globals []string
	// Prepare, when set, runs when the module is added, before its Globals become lazy: a module
	// that wraps globals it also defines (the timers) captures the originals here.
	Prepare func(env *Env) error
	Install func(env *Env) error
}

// Env is the environment of one call. VM and everything derived from it may only be touched on
// the loop goroutine (inside Install, host functions called from JS, and RunOnLoop callbacks);
// Ctx, Logger, Record and the methods of Env are safe from any goroutine.
type Env struct {
	VM     *goja.Runtime
	Ctx    context.Context // cancelled when the call ends
	Logger *slog.Logger
	Record *calllog.Recorder // nil-safe
	// World is the call's clock and random numbers; modules read time and draw randomness
	// through it so a replay sees what the first run saw.
	World *world.Source

	// MapStack rewrites a goja stack string so its frames name the app's files.
	MapStack func(stack string) string
	// Locate returns the app's position of the innermost app frame of a captured stack, zero
	// when none maps to the app's sources. Nil means positions are not known.
	Locate func(stack []goja.StackFrame) Position
	// Report hands the runtime an error that escaped JavaScript the loop ran on its own (a timer
	// callback), which no caller would otherwise see: an interruption (which tells a call that
	// timed out where it was busy) or a stack overflow. Nil drops them.
	Report func(err error)

	loop    *eventloop.EventLoop
	pending sync.WaitGroup
	stopped atomic.Bool
	values  map[any]any
	modules map[string]*moduleState
	ops     opTable
}

// NewEnv makes the environment of a call whose VM runs on loop.
func NewEnv(ctx context.Context, vm *goja.Runtime, loop *eventloop.EventLoop,
	logger *slog.Logger, mapStack func(string) string) *Env {
	return &Env{VM: vm, Ctx: ctx, Logger: logger, Record: calllog.FromContext(ctx),
		World: world.New(), MapStack: mapStack, loop: loop, values: map[any]any{}, modules: map[string]*moduleState{}}
}

// RunOnLoop schedules fn on the loop. It returns false, and fn never runs, once the call has
// stopped; host work finishing late is dropped rather than run against a dead call.
func (e *Env) RunOnLoop(fn func(vm *goja.Runtime)) bool {
	if e.stopped.Load() {
		return false
	}
	return e.loop.RunOnLoop(func(vm *goja.Runtime) {
		if !e.stopped.Load() {
			fn(vm)
		}
	})
}

// Alive reports whether the call is still running. JavaScript entry points that the loop runs on
// its own (timer callbacks) check it so nothing of the app runs after the call ended.
func (e *Env) Alive() bool { return !e.stopped.Load() }

// Stop marks the call as ended: no further RunOnLoop callback runs. It does not wait.
func (e *Env) Stop() { e.stopped.Store(true) }

// Wait blocks until every goroutine started by Go has returned. The runtime calls it after
// cancelling Ctx, so no goroutine of a call outlives it.
func (e *Env) Wait() { e.pending.Wait() }

// Store keeps a per-call value for other modules (for example the fetch module's converters,
// which the runtime uses to hand a Request to a webhook handler).
func (e *Env) Store(key, value any) { e.values[key] = value }

// Load returns a value kept with Store, or nil. Like Store, only on the loop.
func (e *Env) Load(key any) any { return e.values[key] }
