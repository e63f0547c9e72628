package runtime

import (
	"context"
	"errors"
	"strings"
	"testing"

	"attio-studio/backend/runtime/internal/jstest"
)

// sendToALC is a bundle whose function is mapped line for line to src/send-to-alc.server.ts,
// with an unmapped bundler helper around it, the way esbuild lays out a server bundle.
func sendToALC() *jstest.Bundle {
	return jstest.NewBundle("dist/server.js").
		Raw(`var __async = (fn) => fn();`).
		From("src/alc.ts", 3, `function check(name) {`).
		From("src/alc.ts", 4, `  if (!name) throw new Error("A lead needs a name");`).
		From("src/alc.ts", 5, `}`).
		From("src/send-to-alc.server.ts", 10, `async function sendToAlc(name) {`).
		From("src/send-to-alc.server.ts", 11, `  console.log("sending", name);`).
		From("src/send-to-alc.server.ts", 12, `  if (name === "x") throw new Error("x");`).
		From("src/send-to-alc.server.ts", 13, `  return __async(() => check(name));`).
		From("src/send-to-alc.server.ts", 14, `}`).
		Raw(`globalThis.__attioServer = { functions: { "send-to-alc.server": {`).
		Raw(`  file: "src/send-to-alc.server.ts", load: () => ({ default: sendToAlc }) } },`).
		Raw(`  webhooks: {}, events: {} };`)
}

func TestThrownErrorsPointAtTheAppSources(t *testing.T) {
	p, err := Compile("dist/server.js", sendToALC().Bytes())
	if err != nil {
		t.Fatal(err)
	}
	rt := New(p, Services{}, Options{})
	tests := []struct {
		name, arg  string
		file       string
		line, col  int
		lineText   string
		stackLines []string
	}{
		{name: "thrown in the function", arg: `"x"`, file: "src/send-to-alc.server.ts", line: 12,
			col: 27, lineText: `  if (name === "x") throw new Error("x");`,
			stackLines: []string{"Error: x", "    at sendToAlc (src/send-to-alc.server.ts:12:27)"}},
		{name: "thrown in an imported file", arg: `""`, file: "src/alc.ts", line: 4, col: 20,
			stackLines: []string{"Error: A lead needs a name", "    at check (src/alc.ts:4:20)",
				"    at src/send-to-alc.server.ts:13:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := rt.CallFunction(context.Background(), "send-to-alc.server", args(tt.arg))
			var se *ScriptError
			if !errors.As(err, &se) {
				t.Fatalf("err = %v", err)
			}
			if se.File != tt.file || se.Line != tt.line || se.Column != tt.col {
				t.Errorf("located at %s:%d:%d, want %s:%d:%d", se.File, se.Line, se.Column, tt.file,
					tt.line, tt.col)
			}
			if tt.lineText != "" && se.LineText != tt.lineText {
				t.Errorf("LineText = %q", se.LineText)
			}
			for _, want := range tt.stackLines {
				if !strings.Contains(se.Stack, want) {
					t.Errorf("stack lacks %q:\n%s", want, se.Stack)
				}
			}
			if strings.Contains(se.Stack, "(3)") || strings.Contains(se.Stack, "\tat") {
				t.Errorf("stack still has goja's raw format:\n%s", se.Stack)
			}
			d := se.Diagnostic()
			if d.File != tt.file || d.Line != tt.line || d.Column != tt.col {
				t.Errorf("diagnostic at %s", d.Location())
			}
		})
	}
}

func TestSyntaxErrorIsMapped(t *testing.T) {
	b := jstest.NewBundle("dist/server.js").
		Raw("var ok = 1;").
		From("src/broken.server.ts", 7, "export default async function () { await = 1 }")
	_, err := Compile("dist/server.js", b.Bytes())
	var se *ScriptError
	if !errors.As(err, &se) || se.Name != "SyntaxError" || se.File != "src/broken.server.ts" || se.Line != 7 {
		t.Fatalf("err = %#v", err)
	}
}

func TestConsoleErrorShowsMappedStack(t *testing.T) {
	b := jstest.NewBundle("dist/server.js").
		From("src/log.server.ts", 2, `async function log() { console.error(new Error("seen")); }`).
		Raw(`globalThis.__attioServer = { functions: { "log.server": { file: "src/log.server.ts",`).
		Raw(`  load: () => ({ default: log }) } }, webhooks: {}, events: {} };`)
	p, err := Compile("dist/server.js", b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	call := recorded(t, func(ctx context.Context) {
		if _, err := New(p, Services{}, Options{}).CallFunction(ctx, "log.server", nil); err != nil {
			t.Error(err)
		}
	})
	if len(call.Console) != 1 || call.Console[0].Text !=
		"Error: seen\n    at log (src/log.server.ts:2:38)" || call.Console[0].Level != "error" {
		t.Fatalf("console = %+v", call.Console)
	}
}
