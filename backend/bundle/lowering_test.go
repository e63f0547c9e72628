package bundle

import (
	"regexp"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// The client bundle has no native async functions: they are generators resumed through the
// bundle's Promise, which the studio page replaces to carry the current call across awaits.
func TestClientAsyncFunctionsResumeThroughThePromiseGlobal(t *testing.T) {
	r, _ := build(t, map[string]string{
		"package.json": pkg,
		"src/a.tsx": `export const recordAction = {id: "a", label: "A", onTrigger: async () => {
  const x = await Promise.resolve(20)
  const y = await (async () => x + 1)()
  globalThis.result = y * 2
}}`,
	})
	code := string(r.Client.Code)
	if regexp.MustCompile(`\basync\s*(\(|function)|\bawait\b`).MatchString(code) {
		t.Error("the client bundle still has native async functions")
	}

	vm := goja.New()
	_, err := vm.RunString(`const Native = Promise;
globalThis.resumed = 0;
globalThis.Promise = class extends Native {
  then(f, r) { return super.then((v) => { globalThis.resumed++; return f && f(v) }, r) }
};
globalThis.__attioStudioHost = {registerSurfaces(s) { globalThis.s = s }, modules: {}};`)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := vm.RunString(code); err != nil {
		t.Fatal(err)
	}
	if _, err := vm.RunString(`s.recordActions[0].onTrigger()`); err != nil {
		t.Fatal(err)
	}
	if got := vm.Get("result").Export(); got != int64(42) {
		t.Errorf("result %v, want 42", got)
	}
	if n := vm.Get("resumed").ToInteger(); n < 2 {
		t.Errorf("the code resumed through the bundle's Promise %d times, want at least 2", n)
	}
	if !strings.Contains(code, "__async(") {
		t.Error("no __async helper in the bundle")
	}
}
