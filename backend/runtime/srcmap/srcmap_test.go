package srcmap_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
	"github.com/google/go-cmp/cmp"

	"attio-studio/backend/runtime/internal/jstest"
	"attio-studio/backend/runtime/srcmap"
)

func sampleBundle() *jstest.Bundle {
	return jstest.NewBundle("dist/server.js").
		Raw("var __helper = function (f) { return f(); };").
		From("src/send-to-alc.server.ts", 11, "function send(name) {").
		From("src/send-to-alc.server.ts", 12, "  if (!name) throw new Error(\"no name\");").
		From("src/send-to-alc.server.ts", 13, "}").
		Raw("function run() { return __helper(() => send('')); }")
}

func TestLookup(t *testing.T) {
	m, err := srcmap.FromBundle("dist/server.js", sampleBundle().Bytes())
	if err != nil || m == nil {
		t.Fatalf("FromBundle: %v, %v", m, err)
	}
	tests := []struct {
		name      string
		line, col int
		want      srcmap.Position
		ok        bool
	}{
		{"first column", 2, 1, srcmap.Position{"src/send-to-alc.server.ts", 11, 1}, true},
		{"inside a line", 3, 19, srcmap.Position{"src/send-to-alc.server.ts", 12, 19}, true},
		{"helper line", 1, 5, srcmap.Position{}, false},
		{"out of range", 99, 1, srcmap.Position{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := m.Lookup(tt.line, tt.col)
			if ok != tt.ok || got != tt.want {
				t.Errorf("Lookup(%d,%d) = %v,%v want %v,%v", tt.line, tt.col, got, ok, tt.want, tt.ok)
			}
		})
	}
	if got := m.SourceLine("src/send-to-alc.server.ts", 12); got != `  if (!name) throw new Error("no name");` {
		t.Errorf("SourceLine = %q", got)
	}
}

func TestBundleWithoutAMap(t *testing.T) {
	m, err := srcmap.FromBundle("dist/server.js", []byte(sampleBundle().Code()))
	if err != nil || m == nil {
		t.Fatalf("got %v, %v", m, err)
	}
	if _, ok := m.Lookup(1, 1); ok {
		t.Error("a map-less bundle mapped a position")
	}
	stack := "Error: x\n\tat f (dist/server.js:1:2(3))\n\tat sdk (attio-sdk.js:4:5(6))\n"
	if got := m.RewriteStack(stack); got != "Error: x\n    at f (dist/server.js:1:2)" {
		t.Errorf("RewriteStack = %q", got)
	}
}

func TestBrokenMapIsAnError(t *testing.T) {
	code := "var x;\n//# sourceMappingURL=data:application/json;base64,!!!\n"
	if _, err := srcmap.FromBundle("dist/server.js", []byte(code)); err == nil {
		t.Error("want an error for an undecodable map")
	}
}

// TestGojaStackIsMapped runs the bundle in goja and checks that the thrown error's stack comes
// out naming the app file at the column of the `new Error` expression.
func TestGojaStackIsMapped(t *testing.T) {
	code := sampleBundle().Bytes()
	m, _ := srcmap.FromBundle("dist/server.js", code)
	ast, err := goja.Parse("dist/server.js", string(code), parser.WithDisableSourceMaps)
	if err != nil {
		t.Fatal(err)
	}
	prg, _ := goja.CompileAST(ast, false)
	vm := goja.New()
	if _, err := vm.RunProgram(prg); err != nil {
		t.Fatal(err)
	}
	runner, _ := goja.Compile("dist/server.js", "run()", false) // a frame of the bundle's own name
	_, err = vm.RunProgram(runner)
	exc, ok := err.(*goja.Exception)
	if !ok {
		t.Fatalf("err = %v", err)
	}
	stack := exc.Value().ToObject(vm).Get("stack").String()
	header, frames := m.ParseStack(stack)
	if header != "Error: no name" {
		t.Errorf("header = %q", header)
	}
	app, ok := srcmap.AppFrame(frames)
	want := srcmap.Frame{Func: "send", File: "src/send-to-alc.server.ts", Line: 12, Column: 20,
		Mapped: true}
	if diff := cmp.Diff(want, app); !ok || diff != "" {
		t.Errorf("app frame (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(frames, m.Frames(exc.Stack())[:len(frames)]); diff != "" {
		t.Errorf("string and structured frames differ:\n%s", diff)
	}
}

func TestParseFrameForms(t *testing.T) {
	tests := []struct {
		line string
		want srcmap.Frame
	}{
		{"\tat f (a.js:1:2(3))", srcmap.Frame{Func: "f", File: "a.js", Line: 1, Column: 2}},
		{"\tat a.js:10:20(7)", srcmap.Frame{File: "a.js", Line: 10, Column: 20}},
		{"\tat JSON.parse (native)", srcmap.Frame{Func: "JSON.parse", Native: true}},
		{"\tat native", srcmap.Frame{Native: true}},
		{"    at g (x:y.js:3:4)", srcmap.Frame{Func: "g", File: "x:y.js", Line: 3, Column: 4}},
	}
	var m *srcmap.Map
	for _, tt := range tests {
		_, frames := m.ParseStack("Error: x\n" + tt.line)
		if len(frames) != 1 {
			t.Errorf("%q: %d frames", tt.line, len(frames))
			continue
		}
		if diff := cmp.Diff(tt.want, frames[0]); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.line, diff)
		}
	}
}
