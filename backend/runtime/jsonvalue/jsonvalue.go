// Package jsonvalue checks JavaScript values against Attio's rule that what crosses between the
// client and server code (arguments, results, thrown values, key-value entries) is JSON. It
// names the first value that JSON.stringify would reject or silently lose, with its path.
package jsonvalue

import (
	"reflect"
	"regexp"
	"strconv"

	"github.com/dop251/goja"
)

var identifier = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`)

// Problem finds the first thing in v that JSON would reject (a BigInt, a cycle) or silently
// turn into something else that loses data (a function or symbol dropped, a Map or Set written
// as {}), and says where it is, e.g. "result.user.callback is a function". path names v itself
// ("result", "value"). "" means v survives a JSON round trip as JSON defines it: a Date arrives
// as its ISO string, undefined properties vanish.
//
// It follows JSON.stringify: toJSON is applied, only own enumerable string keys are visited.
// err is a JavaScript exception thrown by a getter or toJSON. Only on v's loop.
func Problem(vm *goja.Runtime, v goja.Value, path string) (problem string, err error) {
	w := walker{vm: vm, ancestors: map[*goja.Object]bool{}}
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

type walker struct {
	vm        *goja.Runtime
	ancestors map[*goja.Object]bool
}

var (
	mapExport = reflect.TypeOf([][2]any{})
	setExport = reflect.TypeOf([]any{})
)

// lossy names the built-in collections, whose entries live in internal slots that JSON writes
// as {}; "" for anything else. goja tells a Map and a Set (subclasses included) by what they
// export to; WeakMap and WeakSet by their built-in toStringTag.
func lossy(obj *goja.Object) string {
	switch t := obj.ExportType(); {
	case t == mapExport:
		return "a Map"
	case t == setExport && obj.ClassName() != "Array" && obj.ClassName() != "Arguments":
		return "a Set"
	}
	if tag := obj.GetSymbol(goja.SymToStringTag); tag != nil {
		switch tag.String() {
		case "WeakMap":
			return "a WeakMap"
		case "WeakSet":
			return "a WeakSet"
		}
	}
	return ""
}

func (w walker) walk(v goja.Value, path, key string) string {
	obj, isObj := v.(*goja.Object)
	if isObj {
		if toJSON, ok := goja.AssertFunction(obj.Get("toJSON")); ok {
			out, err := toJSON(obj, w.vm.ToValue(key))
			if err != nil {
				return path + ".toJSON() threw: " + ErrorText(err)
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
	if what := lossy(obj); what != "" {
		return path + " is " + what + ", which JSON turns into {}"
	}
	if w.ancestors[obj] {
		return path + " refers back to an object that contains it (a cycle)"
	}
	w.ancestors[obj] = true
	defer delete(w.ancestors, obj)
	if obj.ClassName() == "Array" {
		return w.array(obj, path)
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

func (w walker) array(obj *goja.Object, path string) string {
	n := int(obj.Get("length").ToInteger())
	for i := 0; i < n; i++ {
		k := strconv.Itoa(i)
		if p := w.walk(obj.Get(k), path+"["+k+"]", k); p != "" {
			return p
		}
	}
	return ""
}

func isSymbol(v goja.Value) bool {
	_, ok := v.(*goja.Symbol)
	return ok
}

// ErrorText is the message of a JavaScript exception (its value's message when it is an Error).
func ErrorText(err error) string {
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
