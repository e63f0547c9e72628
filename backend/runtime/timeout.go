package runtime

import (
	"fmt"
	"strings"
	"time"

	"github.com/dop251/goja"

	"attio-studio/backend/runtime/host"
	"attio-studio/backend/runtime/srcmap"
)

// maxListedOps bounds how many pending operations a timeout message names.
const maxListedOps = 3

// timeoutError is the error of a call stopped by its time limit. It says where the call was:
// running the app's code (a loop that never ends: the interrupted frames), waiting for host work
// or timers (the pending operations, each with the app line that started it), or waiting for a
// promise nothing will settle.
func (c *call) timeoutError(frames []srcmap.Frame, pending []host.Op, now time.Time) *ScriptError {
	e := &ScriptError{Name: "TimeoutError", Code: "timeout"}
	head := fmt.Sprintf("%s timed out after %s", c.target.label, c.rt.timeout)
	switch {
	case len(frames) > 0:
		where := "its own code"
		if f, ok := srcmap.AppFrame(frames); ok {
			where = fmt.Sprintf("%s:%d:%d", f.File, f.Line, f.Column)
		} else if f, ok := firstJSFrame(frames); ok {
			where = fmt.Sprintf("%s:%d:%d", f.File, f.Line, f.Column)
		}
		e.Message = head + " while running " + where + " (a loop that never ends?)"
		e.locate(frames)
	case len(pending) > 0:
		e.Message = head + " while waiting for " + describeOps(pending, now)
		if first := pending[0].Where; first.File != "" {
			e.File, e.Line, e.Column = first.File, first.Line, first.Column
		}
	default:
		e.Message = head + " while waiting for a promise that never settled " +
			"(no request or timer was pending)"
	}
	if e.File == "" {
		c.atEntry(e)
	}
	e.LineText = c.rt.program.smap.SourceLine(e.File, e.Line)
	if e.Stack == "" {
		e.Stack = "TimeoutError: " + e.Message
		if e.File != "" {
			e.Stack += fmt.Sprintf("\n    at %s:%d:%d", e.File, e.Line, e.Column)
		}
	}
	return e
}

func describeOps(ops []host.Op, now time.Time) string {
	parts := make([]string, 0, maxListedOps)
	for i, op := range ops {
		if i == maxListedOps {
			parts = append(parts, fmt.Sprintf("%d more", len(ops)-i))
			break
		}
		s := op.Label
		ago := now.Sub(op.Started).Round(10 * time.Millisecond)
		if where := op.Where.String(); where != "" {
			s += fmt.Sprintf(" (started at %s, %s before)", where, ago)
		} else {
			s += fmt.Sprintf(" (started %s before)", ago)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// locateStack is the Env's Locate: the innermost frame of stack that maps to the app's sources.
func (c *call) locateStack(stack []goja.StackFrame) host.Position {
	f, ok := srcmap.AppFrame(c.rt.program.smap.Frames(stack))
	if !ok {
		return host.Position{}
	}
	return host.Position{File: f.File, Line: f.Line, Column: f.Column}
}
