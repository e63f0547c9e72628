package jsonvalue

import (
	"testing"

	"github.com/dop251/goja"
)

func TestProblem(t *testing.T) {
	tests := []struct{ name, expr, want string }{
		{"plain JSON", `({ a: [1, "x", null, true, { b: 2.5 }] })`, ""},
		{"a Date is fine", `({ at: new Date(0) })`, ""},
		{"undefined properties vanish", `({ a: undefined, b: [undefined] })`, ""},
		{"toJSON is applied", `({ toJSON() { return { ok: 1 }; }, f() {} })`, ""},
		{"function", `({ user: { callback() {} } })`, "result.user.callback is a function"},
		{"function in an array", `({ items: [1, 2, () => 3] })`, "result.items[2] is a function"},
		{"quoted key", `({ "first name": () => 1 })`, `result["first name"] is a function`},
		{"Map", `({ byId: new Map([[1, 2]]) })`, "result.byId is a Map, which JSON turns into {}"},
		{"Map subclass", `(() => { class M extends Map {} return [new M()]; })()`,
			"result[0] is a Map, which JSON turns into {}"},
		{"Set", `({ tags: new Set(["a"]) })`, "result.tags is a Set, which JSON turns into {}"},
		{"WeakMap", `({ cache: new WeakMap() })`, "result.cache is a WeakMap, which JSON turns into {}"},
		{"WeakSet", `[new WeakSet()]`, "result[0] is a WeakSet, which JSON turns into {}"},
		{"BigInt", `({ n: 10n })`, "result.n is a BigInt (10n)"},
		{"symbol", `({ s: Symbol("x") })`, "result.s is a symbol"},
		{"cycle", `(() => { const a = { b: {} }; a.b.a = a; return a; })()`,
			"result.b.a refers back to an object that contains it (a cycle)"},
		{"shared but not cyclic", `(() => { const x = {}; return [x, x]; })()`, ""},
		{"toJSON throws", `({ toJSON() { throw new Error("nope"); } })`, "result.toJSON() threw: nope"},
		{"top level function", `(function named() {})`, "result is a function"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			vm := goja.New()
			v, err := vm.RunString(tt.expr)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Problem(vm, v, "result")
			if err != nil || got != tt.want {
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestProblemReturnsGetterExceptions(t *testing.T) {
	vm := goja.New()
	v, _ := vm.RunString(`({ get bad() { throw new TypeError("getter broke"); } })`)
	if _, err := Problem(vm, v, "result"); err == nil || ErrorText(err) != "getter broke" {
		t.Errorf("err = %v, want the getter's exception", err)
	}
}
