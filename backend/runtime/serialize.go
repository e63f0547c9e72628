package runtime

import (
	_ "embed"
	"encoding/json"
	"fmt"

	"github.com/dop251/goja"

	"attio-studio/backend/runtime/host"
)

//go:embed serialize.js
var serializeJS string

var serializeShim = host.NewShim("serialize.js", serializeJS)

// serializer holds the JSON helpers of one VM; they are not reachable from app code.
type serializer struct {
	parse, result, thrown goja.Callable
}

func newSerializer(env *host.Env) (*serializer, error) {
	obj, err := serializeShim.Run(env, nil)
	if err != nil {
		return nil, err
	}
	s := &serializer{}
	for name, fn := range map[string]*goja.Callable{"parse": &s.parse, "result": &s.result,
		"thrown": &s.thrown} {
		if *fn, err = host.Func(obj, name); err != nil {
			return nil, err
		}
	}
	return s, nil
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
	out, err := c.json.result(goja.Undefined(), v)
	if err != nil {
		return nil, c.thrown(err)
	}
	obj := out.ToObject(c.vm)
	if p := obj.Get("problem"); p != nil && !goja.IsUndefined(p) {
		return nil, &ScriptError{Name: "TypeError", Code: "not-serializable", File: c.target.entry.File,
			Message: fmt.Sprintf("%s returned a value that cannot be sent to the client as JSON: %s. "+
				"Return only objects, arrays, strings, numbers, booleans and null.",
				c.target.label, p.String())}
	}
	text := obj.Get("json")
	if text == nil || goja.IsNull(text) {
		return nil, nil
	}
	return json.RawMessage(text.String()), nil
}

// thrownJSON is ScriptError.Value: the thrown value as JSON, or nil when JSON cannot carry it.
func (c *call) thrownJSON(v goja.Value) json.RawMessage {
	if c.json == nil || v == nil {
		return nil
	}
	out, err := c.json.thrown(goja.Undefined(), v)
	if err != nil || goja.IsNull(out) || goja.IsUndefined(out) {
		return nil
	}
	return json.RawMessage(out.String())
}
