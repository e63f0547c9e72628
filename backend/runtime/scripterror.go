package runtime

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"attio-studio/backend/calllog"
	"attio-studio/backend/diag"
	"attio-studio/backend/runtime/console"
	"attio-studio/backend/runtime/srcmap"
)

// ErrNotFound means the bundle has no server function or webhook handler by that name.
var ErrNotFound = errors.New("not in the server bundle")

// ScriptError is a failure the app caused: a throw in app code, or a rule of Attio's contract
// broken (a result that is not JSON-serializable, a timeout, a missing default export).
// Everything in it points at the app's own sources.
type ScriptError struct {
	Name    string // the error class, e.g. "TypeError"; empty when a non-Error value was thrown
	Message string
	Code    string // the error's .code (AttioError codes, attioFetch's Attio error code)
	Stack   string // V8-style, frames mapped to the app's sources
	File    string // the app frame where it was thrown, when known
	Line    int
	Column  int
	// LineText is the source line at File:Line when the source map carries it.
	LineText string
	// Value is the thrown value, JSON round-tripped, when serializable. For an Error it holds
	// name, message and the error's own enumerable properties (code, status_code, ...).
	Value json.RawMessage

	cause error
}

// Error reads "Name: Message (file:line:col)".
func (e *ScriptError) Error() string {
	s := e.Message
	if e.Name != "" {
		s = e.Name + ": " + s
	}
	if e.File != "" && e.Line > 0 {
		s += fmt.Sprintf(" (%s:%d:%d)", e.File, e.Line, e.Column)
	}
	return s
}

// Unwrap returns the context error of a cancelled call, else nil.
func (e *ScriptError) Unwrap() error { return e.cause }

// CallError is the error as the call log stores it.
func (e *ScriptError) CallError() *calllog.Error {
	return &calllog.Error{Name: e.Name, Message: e.Message, Code: e.Code, Stack: e.Stack,
		File: e.File, Line: e.Line, Column: e.Column}
}

// Diagnostic is the error as the studio shows it, pointing at the app's file:line:col.
func (e *ScriptError) Diagnostic() diag.Diagnostic {
	text := e.Message
	if e.Name != "" {
		text = e.Name + ": " + text
	}
	d := diag.Errorf("%s", text).At(e.File, e.Line, e.Column)
	d.LineText = e.LineText
	return d
}

// locate fills File/Line/Column from the first app frame and, when the error has no stack yet,
// renders one from frames.
func (e *ScriptError) locate(frames []srcmap.Frame) {
	if len(frames) == 0 {
		return
	}
	if e.File == "" {
		if f, ok := srcmap.AppFrame(frames); ok {
			e.File, e.Line, e.Column = f.File, f.Line, f.Column
		} else if f, ok := firstJSFrame(frames); ok {
			e.File, e.Line, e.Column = f.File, f.Line, f.Column // unmapped: a bundle position
		}
	}
	if e.Stack == "" {
		header := e.Message
		if e.Name != "" {
			header = e.Name + ": " + header
		}
		e.Stack = srcmap.FormatStack(header, frames)
	}
}

func firstJSFrame(frames []srcmap.Frame) (srcmap.Frame, bool) {
	for _, f := range frames {
		if !f.Native && f.File != "" {
			return f, true
		}
	}
	return srcmap.Frame{}, false
}

// scriptError describes a thrown (or rejected) value. fallback frames, from the goja exception,
// locate values that carry no stack of their own.
func (c *call) scriptError(v goja.Value, fallback []srcmap.Frame) *ScriptError {
	smap := c.rt.program.smap
	e := &ScriptError{}
	if obj, ok := v.(*goja.Object); ok && c.isError(obj) {
		e.Name = stringProp(obj, "name")
		e.Message = stringProp(obj, "message")
		e.Code = codeProp(obj.Get("code"))
		if stack, ok := obj.Get("stack").Export().(string); ok && stack != "" {
			header, frames := smap.ParseStack(stack)
			e.Stack = srcmap.FormatStack(header, frames)
			e.locate(c.skipConstructors(frames, c.errorClasses(obj)))
		}
	} else {
		e.Message = console.Format(c.env, v)
	}
	e.locate(fallback)
	e.LineText = smap.SourceLine(e.File, e.Line)
	if e.File == "" && c.target.entry.File != "" {
		// A value that is not an Error, rejected by an async function, carries no stack: the
		// handler's declaration is the closest place known.
		c.entryPosition(e)
	}
	var problem string
	e.Value, problem = c.thrownJSON(v)
	if problem != "" && c.target.kind == kindFunction {
		c.notSerializable(e, problem)
	}
	return e
}

// notSerializable turns the error of a server function that threw something JSON cannot carry
// into the error saying so. Attio sends thrown values to the client as JSON, so the client would
// not see what was thrown; the location and stack still point where it was thrown.
func (c *call) notSerializable(e *ScriptError, problem string) {
	thrown := e.Message
	if e.Name != "" {
		thrown = e.Name + ": " + thrown
	}
	e.Message = fmt.Sprintf("%s threw %s, which cannot be sent to the client as JSON: %s. "+
		"Throw an Error, or a value made only of objects, arrays, strings, numbers, "+
		"booleans and null.", c.target.label, quoteThrown(thrown), problem)
	e.Name, e.Code = "TypeError", "not-serializable"
}

func quoteThrown(s string) string {
	if r := []rune(s); len(r) > 80 {
		s = string(r[:77]) + "..."
	}
	return strconv.Quote(s)
}

// errorClasses names the classes of an error up to (not including) Error: a LeadError that
// extends AppError gives LeadError and AppError.
func (c *call) errorClasses(obj *goja.Object) map[string]bool {
	names := map[string]bool{}
	errorProto := c.vm.Get("Error").ToObject(c.vm).Get("prototype")
	for proto := obj.Prototype(); proto != nil && len(names) < 16; proto = proto.Prototype() {
		if proto == errorProto {
			break
		}
		if ctor, ok := proto.Get("constructor").(*goja.Object); ok {
			if name := stringProp(ctor, "name"); name != "" {
				names[name] = true
			}
		}
	}
	return names
}

// skipConstructors drops the leading frames that are the constructors of the error's own
// classes, so an error made by `throw new LeadError(...)` is located at the throw, not at the
// super() call in LeadError's constructor (V8's Error.captureStackTrace does the same for such
// classes). goja gives an explicit constructor's frame no name, at its super() call; implicit
// constructors have no frame.
func (c *call) skipConstructors(frames []srcmap.Frame, classes map[string]bool) []srcmap.Frame {
	smap := c.rt.program.smap
	i := 0
	for i < len(frames)-1 && i < len(classes) {
		f := frames[i]
		named := classes[strings.TrimPrefix(f.Func, "new ")]
		if !named && (f.Func != "" || !strings.Contains(smap.SourceLine(f.File, f.Line), "super(")) {
			break
		}
		i++
	}
	return frames[i:]
}

func (c *call) isError(obj *goja.Object) bool {
	ctor, ok := c.vm.Get("Error").(*goja.Object)
	return ok && c.vm.InstanceOf(obj, ctor)
}

func stringProp(obj *goja.Object, name string) string {
	v := obj.Get(name)
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	return v.String()
}

func codeProp(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	switch v.Export().(type) {
	case string, int64, float64:
		return v.String()
	}
	return ""
}
