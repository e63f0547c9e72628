package runtime

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"

	"github.com/dop251/goja"
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
	return nil, &ScriptError{Name: "TypeError", Code: "not-serializable", File: c.target.entry.File,
		Message: fmt.Sprintf("%s returned a value that cannot be sent to the client as JSON: %s. "+
			"Return only objects, arrays, strings, numbers, booleans and null.", c.target.label, problem)}
}

// thrownJSON is ScriptError.Value: the thrown value as JSON, or nil when JSON cannot carry it.
// An Error becomes its name, message and own enumerable properties (code, status...).
func (c *call) thrownJSON(v goja.Value) json.RawMessage {
	if c.json == nil || v == nil {
		return nil
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
	if problem, err := c.jsonProblem(v, "error"); err != nil || problem != "" {
		return nil
	}
	out, err := c.json.stringify(goja.Undefined(), v)
	if err != nil || goja.IsUndefined(out) {
		return nil
	}
	return json.RawMessage(out.String())
}

var identifier = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`)

// jsonProblem finds the first thing in v that JSON would reject (a BigInt, a cycle) or silently
// drop (a function, a symbol) and says where it is, e.g. "result.user.callback is a function".
// It follows JSON.stringify: toJSON is applied, only own enumerable keys are visited. err is a
// JavaScript exception thrown by a getter or toJSON.
func (c *call) jsonProblem(v goja.Value, path string) (problem string, err error) {
	w := jsonWalker{vm: c.vm, ancestors: map[*goja.Object]bool{}}
	defer func() {
		if r := recover(); r != nil {
			if exc, ok := r.(*goja.Exception); ok {
				err = exc
				return
			}
			panic(r)
		}
	}()
	return w.walk(v, path, ""), nil
}

type jsonWalker struct {
	vm        *goja.Runtime
	ancestors map[*goja.Object]bool
}

func (w jsonWalker) walk(v goja.Value, path, key string) string {
	obj, isObj := v.(*goja.Object)
	if isObj {
		if toJSON, ok := goja.AssertFunction(obj.Get("toJSON")); ok {
			out, err := toJSON(obj, w.vm.ToValue(key))
			if err != nil {
				return path + ".toJSON() threw: " + errorText(err)
			}
			v = out
			obj, isObj = v.(*goja.Object)
		}
	}
	switch {
	case v == nil || goja.IsUndefined(v) || goja.IsNull(v):
		return ""
	case goja.IsBigInt(v):
		return path + " is a BigInt (" + v.String() + "n)"
	case isSymbol(v):
		return path + " is a symbol"
	case !isObj:
		return ""
	}
	if _, ok := goja.AssertFunction(obj); ok {
		return path + " is a function"
	}
	if w.ancestors[obj] {
		return path + " refers back to an object that contains it (a cycle)"
	}
	w.ancestors[obj] = true
	defer delete(w.ancestors, obj)
	if obj.ClassName() == "Array" {
		n := int(obj.Get("length").ToInteger())
		for i := 0; i < n; i++ {
			k := strconv.Itoa(i)
			if p := w.walk(obj.Get(k), path+"["+k+"]", k); p != "" {
				return p
			}
		}
		return ""
	}
	for _, k := range obj.Keys() {
		sub := path + "[" + strconv.Quote(k) + "]"
		if identifier.MatchString(k) {
			sub = path + "." + k
		}
		if p := w.walk(obj.Get(k), sub, k); p != "" {
			return p
		}
	}
	return ""
}

func isSymbol(v goja.Value) bool {
	_, ok := v.(*goja.Symbol)
	return ok
}

func errorText(err error) string {
	if exc, ok := err.(*goja.Exception); ok {
		if obj, ok := exc.Value().(*goja.Object); ok {
			if m := obj.Get("message"); m != nil {
				return m.String()
			}
		}
		return exc.Value().String()
	}
	return err.Error()
}
