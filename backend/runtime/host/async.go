package host

import (
	"context"
	"errors"
	"fmt"

	"github.com/dop251/goja"
)

// Settle turns the result of host work into a JavaScript value. It runs on the loop. A non-nil
// error rejects the promise (see ErrorValue).
type Settle func(vm *goja.Runtime) (goja.Value, error)

// Go runs work on its own goroutine with the call's context and returns a promise that settles
// on the loop with what work's Settle produces. Work must return promptly once ctx is done; the
// call waits for it before it ends. label names the work while it is pending (see Track).
func (e *Env) Go(label string, work func(ctx context.Context) Settle) goja.Value {
	promise, _ := e.GoCancelable(label, work)
	return promise
}

// GoCancelable is Go whose work can be cancelled early: cancel (safe from any goroutine, and
// more than once) cancels the context work sees. The promise still settles with whatever work
// returns, so JavaScript that stops waiting (an aborted fetch) settles its own promise first.
func (e *Env) GoCancelable(label string,
	work func(ctx context.Context) Settle) (goja.Value, context.CancelFunc) {
	promise, resolve, reject := e.VM.NewPromise()
	ctx, cancel := context.WithCancel(e.Ctx)
	// The app code that started the work is no longer on the stack when it fails, so the
	// error gets the stack of the call site.
	site := e.VM.CaptureCallStack(0, nil)
	done := e.track(label, site)
	e.pending.Add(1)
	go func() {
		defer e.pending.Done()
		defer cancel()
		settle := safely(work, ctx)
		done()
		e.RunOnLoop(func(vm *goja.Runtime) {
			value, err := settle(vm)
			if err != nil {
				e.report(reject(e.rejection(err, site)))
				return
			}
			// Settling runs the app's continuations; what they cannot catch (an interruption
			// of a busy loop) comes back here.
			e.report(resolve(value))
		})
	}()
	return e.VM.ToValue(promise), cancel
}

// report hands err, when there is one, to Report.
func (e *Env) report(err error) {
	if err != nil && e.Report != nil {
		e.Report(err)
	}
}

// safely runs work, turning a panic (a bug in a host module) into a rejection instead of a
// crash of the studio.
func safely(work func(ctx context.Context) Settle, ctx context.Context) (settle Settle) {
	defer func() {
		if p := recover(); p != nil {
			settle = Rejected(fmt.Errorf("the studio failed: %v", p))
		}
	}()
	return work(ctx)
}

// Resolved is a Settle that resolves with v (converted with ToValue).
func Resolved(v any) Settle {
	return func(vm *goja.Runtime) (goja.Value, error) { return vm.ToValue(v), nil }
}

// Rejected is a Settle that rejects with err.
func Rejected(err error) Settle {
	return func(*goja.Runtime) (goja.Value, error) { return nil, err }
}

// rejection is ErrorValue(err), except that an Error made here from a Go error gets the stack
// of site, where app code started the work.
func (e *Env) rejection(err error, site []goja.StackFrame) goja.Value {
	var jsErr JSError
	var exc *goja.Exception
	if errors.As(err, &jsErr) || errors.As(err, &exc) {
		return e.ErrorValue(err)
	}
	v := NewError(e.VM, "Error", err.Error())
	_ = v.DefineDataProperty("stack", e.VM.ToValue("Error: "+err.Error()+stackText(site)),
		goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return v
}

// JSError is a Go error that knows which JavaScript value it is (a TypeError, an AttioError...).
type JSError interface {
	error
	JSValue(vm *goja.Runtime) goja.Value
}

// ThrownError carries a JavaScript value as a Go error, so a Settle can reject with any value.
type ThrownError struct{ Value goja.Value }

// Error implements error with the value's string form.
func (e *ThrownError) Error() string { return e.Value.String() }

// JSValue returns the carried value.
func (e *ThrownError) JSValue(*goja.Runtime) goja.Value { return e.Value }

// ErrorValue converts err to the value JavaScript sees: the JSError's own value, the exception
// a goja call threw, or a plain Error with err's message.
func (e *Env) ErrorValue(err error) goja.Value {
	var jsErr JSError
	if errors.As(err, &jsErr) {
		return jsErr.JSValue(e.VM)
	}
	var exc *goja.Exception
	if errors.As(err, &exc) {
		return exc.Value()
	}
	return NewError(e.VM, "Error", err.Error())
}

// NewError constructs a built-in error (Error, TypeError, RangeError...) with message.
func NewError(vm *goja.Runtime, ctor, message string) *goja.Object {
	c, ok := goja.AssertConstructor(vm.Get(ctor))
	if !ok {
		c, _ = goja.AssertConstructor(vm.Get("Error"))
	}
	obj, err := c(nil, vm.ToValue(message))
	if err != nil {
		return vm.NewGoError(errors.New(message))
	}
	return obj
}

// Throw raises a built-in error in JavaScript from inside a host function.
func Throw(vm *goja.Runtime, ctor, message string) {
	panic(NewError(vm, ctor, message))
}
