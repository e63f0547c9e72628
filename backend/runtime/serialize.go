package runtime

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dop251/goja"

	"attio-studio/backend/runtime/jsonvalue"
)

// jsonFuncs are the VM's own JSON.parse and JSON.stringify, captured before app code runs.
type jsonFuncs struct {
	parse, stringify goja.Callable
}

func newJSONFuncs(vm *goja.Runtime) (*jsonFuncs, error) {
	obj, ok := vm.Get("JSON").(*goja.Object)
	if !ok {
		return nil, fmt.Errorf("the VM has no JSON object")
	}
	parse, ok1 := goja.AssertFunction(obj.Get("parse"))
	stringify, ok2 := goja.AssertFunction(obj.Get("stringify"))
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("the VM's JSON object lacks parse or stringify")
	}
	return &jsonFuncs{parse: parse, stringify: stringify}, nil
}

// parseArgs turns the JSON arguments into JavaScript values, as Attio does before calling a
// server function. A malformed argument is the caller's bug, not the app's.
func (c *call) parseArgs(args []json.RawMessage) ([]goja.Value, error) {
	values := make([]goja.Value, len(args))
	for i, a := range args {
		v, err := c.json.parse(goja.Undefined(), c.vm.ToValue(string(a)))
		if err != nil {
			return nil, fmt.Errorf("argument %d of %s is not JSON: %w", i+1, c.target.label, err)
		}
		values[i] = v
	}
	return values, nil
}

// serializeResult returns the JSON of a handler's result; nil means undefined. A value JSON
// cannot carry faithfully is a *ScriptError naming the function and the offending path.
func (c *call) serializeResult(v goja.Value) (json.RawMessage, error) {
	problem, err := c.jsonProblem(v, "result")
	if err == nil && problem == "" {
		var out goja.Value
		out, err = c.json.stringify(goja.Undefined(), v)
		if err == nil {
			if goja.IsUndefined(out) {
				return nil, nil
			}
			return json.RawMessage(out.String()), nil
		}
	}
	if err != nil {
		return nil, c.thrown(err)
	}
	e := &ScriptError{Name: "TypeError", Code: "not-serializable",
		Message: fmt.Sprintf("%s returned a value that cannot be sent to the client as JSON: %s. "+
			"Return only objects, arrays, strings, numbers, booleans and null.", c.target.label, problem)}
	c.atEntry(e)
	return nil, e
}

// atEntry points e at the target's `export default` line: the place to look when a rule about
// the handler as a whole is broken and no stack says more.
func (c *call) atEntry(e *ScriptError) {
	c.entryPosition(e)
	if e.Stack == "" {
		e.Stack = e.Name + ": " + e.Message
		if e.Line > 0 {
			e.Stack += fmt.Sprintf("\n    at %s:%d:%d", e.File, e.Line, e.Column)
		}
	}
}

// entryPosition sets e's location to the target's file, at its `export default` line when the
// source map carries the file's text.
func (c *call) entryPosition(e *ScriptError) {
	file := c.target.entry.File
	smap := c.rt.program.smap
	e.File = file
	e.Line, e.Column = smap.FindLine(file, func(line string) bool {
		return strings.Contains(line, "export default")
	})
	e.LineText = smap.SourceLine(file, e.Line)
}

// thrownJSON is ScriptError.Value: the thrown value as JSON. An Error becomes its name, message
// and own enumerable properties (code, status...). When JSON cannot carry the value, raw is nil
// and problem says why, naming the offending path from "error".
func (c *call) thrownJSON(v goja.Value) (raw json.RawMessage, problem string) {
	if c.json == nil || v == nil {
		return nil, ""
	}
	if obj, ok := v.(*goja.Object); ok && c.isError(obj) {
		plain := c.vm.NewObject()
		_ = plain.Set("name", obj.Get("name"))
		_ = plain.Set("message", obj.Get("message"))
		for _, k := range obj.Keys() {
			_ = plain.Set(k, obj.Get(k))
		}
		v = plain
	}
	problem, err := c.jsonProblem(v, "error")
	if err != nil {
		return nil, "error cannot be read: " + jsonvalue.ErrorText(err)
	}
	if problem != "" {
		return nil, problem
	}
	out, err := c.json.stringify(goja.Undefined(), v)
	if err != nil || goja.IsUndefined(out) {
		return nil, ""
	}
	return json.RawMessage(out.String()), ""
}

// jsonProblem is jsonvalue.Problem in the call's VM.
func (c *call) jsonProblem(v goja.Value, path string) (string, error) {
	return jsonvalue.Problem(c.vm, v, path)
}
