package runtime

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/eventloop"

	"attio-studio/backend/calllog"
	"attio-studio/backend/runtime/host"
	"attio-studio/backend/runtime/srcmap"
	"attio-studio/backend/runtime/world"
)

type entryKind string

// The groups of globalThis.__attioServer.
const (
	kindFunction entryKind = "functions"
	kindWebhook  entryKind = "webhooks"
	kindEvent    entryKind = "events"
)

// maxCallStack bounds JavaScript recursion so runaway recursion is a RangeError, not a crash.
const maxCallStack = 10000

// target is what a call runs. label names it in messages ("Server function send-to-alc.server").
type target struct {
	kind  entryKind
	entry Entry
	label string
}

// invocation is what differs between kinds of call. All three run on the loop. When inspect is
// set it replaces calling a handler (Compile uses it to read the manifest).
type invocation struct {
	inspect func(c *call, server *goja.Object) (any, error)
	args    func(c *call) ([]goja.Value, error)
	result  func(c *call, v goja.Value) (any, error)
}

type outcome struct {
	value any
	err   error
}

// interrupted is the outcome of JavaScript stopped by vm.Interrupt; frames say where it was.
type interrupted struct{ frames []srcmap.Frame }

func (*interrupted) Error() string { return "interrupted" }

// call is one run of one entry in one fresh VM on its own event loop.
type call struct {
	rt     *Runtime
	target target
	inv    invocation
	ctx    context.Context
	cancel context.CancelFunc
	loop   *eventloop.EventLoop
	done   chan outcome // buffered: the first outcome wins
	// overMemory hears from the memory guard when the heap passed the call's limit.
	overMemory chan memoryReport
	world      *world.Source
	replay     *replaying // nil unless the call is a deterministic replay

	mu      sync.Mutex
	vm      *goja.Runtime
	env     *host.Env
	stopped bool

	// Loop-only state.
	json           *jsonFuncs
	promiseCtor    goja.Value
	promiseResolve goja.Callable
	unhandled      []*goja.Promise
}

// run executes one call and tears everything down before returning: the loop is terminated,
// its timers cancelled, and every host goroutine has returned. What the call read of the clock
// and random numbers is kept in its recorder.
func (r *Runtime) run(parent context.Context, t target, inv invocation) (any, error) {
	ctx, cancel := context.WithCancel(parent)
	c := &call{rt: r, target: t, inv: inv, ctx: ctx, cancel: cancel, done: make(chan outcome, 1),
		loop: eventloop.NewEventLoop(eventloop.EnableConsole(false)), world: world.New(),
		replay: replayFrom(parent), overMemory: make(chan memoryReport, 1)}
	if c.replay != nil {
		c.world = world.Replaying(c.replay.World)
	}
	unwatch := guard.watch(c, r.memoryLimit)
	c.loop.Start()
	c.loop.RunOnLoop(c.start)
	o := c.wait(parent)
	unwatch()
	c.end()
	calllog.FromContext(parent).SetWorld(c.world.Recording())
	return o.value, o.err
}

func (c *call) wait(parent context.Context) outcome {
	timer := time.NewTimer(c.rt.timeout)
	defer timer.Stop()
	select {
	case o := <-c.done:
		return o
	case <-timer.C:
		pending := c.pending()
		return c.abort(func(frames []srcmap.Frame) *ScriptError {
			return c.timeoutError(frames, pending, time.Now())
		})
	case m := <-c.overMemory:
		return c.abort(func(frames []srcmap.Frame) *ScriptError {
			e := &ScriptError{Name: "RangeError", Code: "out-of-memory",
				Message: fmt.Sprintf("%s was stopped because the studio's memory passed %d MB "+
					"while it ran (%d MB in use). Server code that keeps allocating, such as a "+
					"list that grows in a loop that never ends, would run out of memory in "+
					"Attio's sandbox too.", c.target.label, m.limit>>20, m.heap>>20)}
			e.locate(frames)
			return e
		})
	case <-parent.Done():
		return c.abort(func(frames []srcmap.Frame) *ScriptError {
			e := &ScriptError{Name: "AbortError", Code: "cancelled", cause: parent.Err(),
				Message: fmt.Sprintf("%s was cancelled: %v", c.target.label, context.Cause(parent))}
			e.locate(frames)
			return e
		})
	}
}

// pending lists what the call waits for; nil before the call's environment exists.
func (c *call) pending() []host.Op {
	c.mu.Lock()
	env := c.env
	c.mu.Unlock()
	if env == nil {
		return nil
	}
	return env.Pending()
}

// abort stops the call early with the error describe builds from where the interrupted
// JavaScript was (no frames when it was idle, waiting). If the call finished in the meantime,
// its real outcome wins.
func (c *call) abort(describe func(frames []srcmap.Frame) *ScriptError) outcome {
	c.stop()
	c.loop.Terminate()
	var frames []srcmap.Frame
	select {
	case o := <-c.done:
		var in *interrupted
		if !errors.As(o.err, &in) {
			return o
		}
		frames = in.frames
	default:
	}
	err := describe(frames)
	if err.Stack == "" {
		err.Stack = err.Name + ": " + err.Message
	}
	return outcome{err: err}
}

// memoryReport is what the memory guard saw: the heap in use and the limit it passed.
type memoryReport struct{ heap, limit int64 }

// tellOverMemory is how the memory guard stops the call; it never blocks.
func (c *call) tellOverMemory(heap, limit int64) {
	select {
	case c.overMemory <- memoryReport{heap, limit}:
	default:
	}
}

// stop marks the call ended and interrupts any JavaScript still running. Safe from any goroutine.
func (c *call) stop() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped {
		return
	}
	c.stopped = true
	if c.env != nil {
		c.env.Stop()
	}
	if c.vm != nil {
		c.vm.Interrupt("the call ended")
	}
}

func (c *call) end() {
	c.cancel()
	c.stop()
	c.loop.Terminate()
	c.mu.Lock()
	env := c.env
	c.mu.Unlock()
	if env != nil {
		env.Wait()
	}
}

// recoverPanic turns a Go panic on the loop (a bug in the studio) into the call's error rather
// than a crash of the whole studio. JavaScript exceptions raised by host functions are panics
// goja handles itself and never get here.
func (c *call) recoverPanic() {
	if p := recover(); p != nil {
		c.rt.logger.Error("the server runtime panicked", "call", c.target.label, "panic", p)
		c.deliver(outcome{err: fmt.Errorf("the server runtime failed while running %s: %v",
			c.target.label, p)})
	}
}

// deliver hands the outcome to wait; later outcomes are dropped.
func (c *call) deliver(o outcome) {
	select {
	case c.done <- o:
	default:
	}
}

// start runs on the loop: it prepares the VM, evaluates the bundle, calls the handler and arranges
// for the outcome to be delivered when the handler's promise settles.
func (c *call) start(vm *goja.Runtime) {
	defer c.recoverPanic()
	env := host.NewEnv(c.ctx, vm, c.loop, c.rt.logger, c.rt.program.smap.RewriteStack)
	env.Locate = c.locateStack
	env.World = c.world
	vm.SetTimeSource(c.world.Now)
	vm.SetRandSource(c.world.Float64)
	env.Report = func(err error) { c.deliver(outcome{err: c.thrown(err)}) }
	c.mu.Lock()
	if c.stopped {
		c.mu.Unlock()
		return
	}
	c.vm, c.env = vm, env
	c.mu.Unlock()

	if err := c.setup(); err != nil {
		c.deliver(outcome{err: err})
		return
	}
	server, err := c.evaluate()
	if err != nil {
		c.deliver(outcome{err: err})
		return
	}
	if c.inv.inspect != nil {
		v, err := c.inv.inspect(c, server)
		c.deliver(outcome{value: v, err: err})
		return
	}
	c.invoke(server)
}

func (c *call) invoke(server *goja.Object) {
	handler, err := c.handler(server)
	if err != nil {
		c.deliver(outcome{err: err})
		return
	}
	args, err := c.inv.args(c)
	if err != nil {
		c.deliver(outcome{err: err})
		return
	}
	ret, err := handler(goja.Undefined(), args...)
	if err != nil {
		c.finish(outcome{err: c.thrown(err)})
		return
	}
	c.await(ret)
}

func (c *call) setup() error {
	vm := c.vm
	vm.SetMaxCallStackSize(maxCallStack)
	vm.SetPromiseRejectionTracker(c.trackRejection)
	services := c.rt.services
	if c.replay != nil {
		services.Fetch = c.replay.do
	}
	for _, m := range modules(c.rt.program, services) {
		if err := c.env.Add(m); err != nil {
			return fmt.Errorf("add the %s host module: %w", m.Name, err)
		}
	}
	for _, name := range nodeGlobals {
		if err := vm.GlobalObject().Delete(name); err != nil {
			return fmt.Errorf("remove %s: %w", name, err)
		}
	}
	var err error
	if c.json, err = newJSONFuncs(vm); err != nil {
		return err
	}
	// Captured before app code runs, so an app replacing Promise cannot confuse the runtime.
	c.promiseCtor = vm.Get("Promise")
	resolve, ok := goja.AssertFunction(c.promiseCtor.ToObject(vm).Get("resolve"))
	if !ok {
		return errors.New("Promise.resolve is missing")
	}
	c.promiseResolve = resolve
	return nil
}

// evaluate runs the bundle's top level and returns globalThis.__attioServer.
func (c *call) evaluate() (*goja.Object, error) {
	if _, err := c.vm.RunProgram(c.rt.program.prg); err != nil {
		return nil, c.thrown(err)
	}
	server, ok := c.vm.GlobalObject().Get("__attioServer").(*goja.Object)
	if !ok {
		return nil, fmt.Errorf("the server bundle %s did not set globalThis.__attioServer",
			c.rt.program.name)
	}
	return server, nil
}

// await delivers the outcome once v (a promise or a plain value) settles.
func (c *call) await(v goja.Value) {
	vm := c.vm
	p, err := c.promiseResolve(c.promiseCtor, v)
	if err != nil {
		c.finish(outcome{err: c.thrown(err)})
		return
	}
	then, _ := goja.AssertFunction(p.ToObject(vm).Get("then"))
	onFulfilled := func(fc goja.FunctionCall) goja.Value {
		defer c.recoverPanic()
		value, err := c.inv.result(c, fc.Argument(0))
		c.finish(outcome{value: value, err: err})
		return goja.Undefined()
	}
	onRejected := func(fc goja.FunctionCall) goja.Value {
		defer c.recoverPanic()
		c.finish(outcome{err: c.scriptError(fc.Argument(0), nil)})
		return goja.Undefined()
	}
	if _, err := then(p, vm.ToValue(onFulfilled), vm.ToValue(onRejected)); err != nil {
		c.finish(outcome{err: c.thrown(err)})
	}
}

// finish reports promises the app left rejected and unhandled, then delivers o.
func (c *call) finish(o outcome) {
	c.reportUnhandled()
	c.deliver(o)
}

// thrown converts an error returned by goja into the call's error.
func (c *call) thrown(err error) error {
	var in *goja.InterruptedError
	if errors.As(err, &in) {
		return &interrupted{frames: c.rt.program.smap.Frames(in.Stack())}
	}
	var overflow *goja.StackOverflowError
	if errors.As(err, &overflow) {
		e := &ScriptError{Name: "RangeError", Message: "Maximum call stack size exceeded"}
		e.locate(c.rt.program.smap.Frames(overflow.Stack()))
		return e
	}
	var exc *goja.Exception
	if errors.As(err, &exc) {
		return c.scriptError(exc.Value(), c.rt.program.smap.Frames(exc.Stack()))
	}
	return fmt.Errorf("run %s: %w", c.target.label, err)
}
