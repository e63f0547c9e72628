package bundle

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"attio-studio/backend/diag"
	"attio-studio/backend/project"
	"attio-studio/backend/project/projecttest"
)

const pkg = `{"name": "demo"}`

func build(t *testing.T, files map[string]string) (Result, *project.Project) {
	t.Helper()
	p, err := project.Load(projecttest.WriteApp(t, files))
	if err != nil {
		t.Fatal(err)
	}
	b := NewBuilder(Options{})
	t.Cleanup(b.Close)
	return b.Build(p), p
}

func TestExampleBuilds(t *testing.T) {
	p, err := project.Load("../../examples/acme-lead-checker")
	if err != nil {
		t.Fatal(err)
	}
	b := NewBuilder(Options{})
	defer b.Close()
	r := b.Build(p)
	if diag.HasErrors(r.Diagnostics) {
		t.Fatalf("diagnostics: %v", r.Diagnostics)
	}
	client := string(r.Client.Code)
	for _, want := range []string{
		`runServerFunction("send-to-alc.server", args)`,
		`query getPerson($recordId: String!)`,
		"sourceMappingURL=data:application/json;base64,",
	} {
		if !strings.Contains(client, want) {
			t.Errorf("client bundle lacks %q", want)
		}
	}
	if strings.Contains(client, "api.acmeleadchecker.ai") {
		t.Error("server code leaked into the client bundle")
	}
	server := string(r.Server.Code)
	for _, want := range []string{`"send-to-alc.server": { file: "src/send-to-alc.server.ts"`,
		`"lead-processed"`, `"connection-added"`, "globalThis.__attioServerSDK"} {
		if !strings.Contains(server, want) {
			t.Errorf("server bundle lacks %q", want)
		}
	}

	s, ds := ReadSurfaces(r.Client.Code, p.Dir)
	if len(ds) != 0 {
		t.Fatalf("surface diagnostics: %v", ds)
	}
	if len(s.RecordActions) != 1 {
		t.Fatalf("record actions: %v", s.RecordActions)
	}
	a := s.RecordActions[0]
	if a.ID != "send-to-alc" || a.Label != "Send to ALC" || a.Icon != "Send" ||
		len(a.Objects) != 1 || a.Objects[0] != "people" || a.File != "src/send-to-alc.tsx" {
		t.Errorf("record action = %+v", a)
	}
}

func TestBuildErrorsPointAtTheAppsFiles(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string // "file:line:col: error: text" prefix
	}{
		{"syntax error", map[string]string{"src/a.tsx": "export const recordAction = {\n  id: \"a\",,\n}"},
			"src/a.tsx:2:11: error: Expected identifier but found \",\""},
		{"unresolved import", map[string]string{
			"src/a.tsx": "import {x} from \"attio/clinet\"\nexport const recordAction = x"},
			"src/a.tsx:1:17: error: Could not resolve \"attio/clinet\""},
		{"attio/server in client code", map[string]string{
			"src/a.tsx": "import {attioFetch} from \"attio/server\"\nexport const recordAction = {attioFetch}"},
			"src/a.tsx:1:26: error: \"attio/server\" can only be imported by server code"},
		{"attio/client in server code", map[string]string{
			"src/a.server.ts": "import {showToast} from \"attio/client\"\nexport default async () => showToast"},
			"src/a.server.ts:1:25: error: Server code cannot import \"attio/client\""},
		{"node module in server code", map[string]string{
			"src/a.server.ts": "import fs from \"node:fs\"\nexport default async () => fs.readFileSync(\"x\")"},
			"src/a.server.ts:1:16: error: \"node:fs\" is a Node.js module"},
		{"missing server function", map[string]string{
			"src/a.tsx": "import f from \"./nope.server\"\nexport const recordAction = {f}"},
			"src/a.tsx:1:15: error: Could not resolve \"./nope.server\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.files["package.json"] = pkg
			r, _ := build(t, tt.files)
			if !diag.HasErrors(r.Diagnostics) {
				t.Fatalf("no error, want %q", tt.want)
			}
			d := r.Diagnostics[0]
			got := d.Location() + ": " + string(d.Severity) + ": " + d.Text
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("got  %q\nwant %q...", got, tt.want)
			}
		})
	}
}

func TestGraphQLIsValidated(t *testing.T) {
	p, _ := project.Load(projecttest.WriteApp(t, map[string]string{
		"package.json":  pkg,
		"src/q.graphql": "query A { x }\nmutation B { y }\n",
		"src/a.tsx":     "import q from \"./q.graphql\"\nexport const recordAction = {q}",
	}))
	b := NewBuilder(Options{ValidateGraphQL: func(text string) []diag.Diagnostic {
		return []diag.Diagnostic{diag.Errorf("mutations are not allowed").At("", 2, 1)}
	}})
	defer b.Close()
	r := b.Build(p)
	if len(r.Diagnostics) == 0 || r.Diagnostics[0].Location() != "src/q.graphql:2:1" ||
		r.Diagnostics[0].LineText != "mutation B { y }" {
		t.Fatalf("diagnostics: %v", r.Diagnostics)
	}
}

func TestSurfaceProblems(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"duplicate ids", map[string]string{
			"src/a.tsx": "export const recordAction = {id: \"x\", label: \"A\", onTrigger() {}}",
			"src/b.tsx": "export const recordAction = {\n  id: \"x\", label: \"B\", onTrigger() {}}",
		}, "src/b.tsx:2:7: error: Two record actions have the id \"x\" (the other is in src/a.tsx)"},
		{"no onTrigger", map[string]string{
			"src/a.tsx": "export const recordAction = {id: \"x\", label: \"A\"}",
		}, "src/a.tsx:1:34: error: The record action \"x\" has no \"onTrigger\" function"},
		{"throws while loading", map[string]string{
			"src/a.tsx": "throw new Error(\"boom\")\nexport const recordAction = {}",
		}, "src/a.tsx:1:7: error: src/a.tsx threw while loading: boom"},
		{"app file without app", map[string]string{
			"src/app.ts": "export const notApp = {}",
		}, "src/app.ts:1:1: error: Could not find a named export app in src/app.ts"},
		{"bad extension id", map[string]string{
			"src/app/extensions/a/extension.tsx": "export default {type: \"record-action\", " +
				"id: \"Bad_Id\", label: \"A\", onTrigger() {}}",
		}, "src/app/extensions/a/extension.tsx:1:44: error: Extension id \"Bad_Id\" must be lowercase kebab-case"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.files["package.json"] = pkg
			r, p := build(t, tt.files)
			if diag.HasErrors(r.Diagnostics) {
				t.Fatalf("build failed: %v", r.Diagnostics)
			}
			_, ds := ReadSurfaces(r.Client.Code, p.Dir)
			if len(ds) == 0 {
				t.Fatalf("no problem reported, want %q", tt.want)
			}
			got := ds[0].Location() + ": " + string(ds[0].Severity) + ": " + ds[0].Text
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("got  %q\nwant %q...", got, tt.want)
			}
		})
	}
}

func TestAllShapesYieldSurfaces(t *testing.T) {
	action := `{id: "hello", label: "Hello", onTrigger: async () => {}}`
	widget := `{id: "w", label: "W", Widget: () => null}`
	tests := []struct {
		name  string
		files map[string]string
	}{
		{"named exports", map[string]string{
			"src/a.tsx": "export const recordAction = " + action,
			"src/w.tsx": "export const recordWidget = " + widget,
		}},
		{"app file", map[string]string{
			"src/app.ts": "export const app = {record: {actions: [" + action + "], widgets: [" + widget + "]}}",
		}},
		{"extensions", map[string]string{
			"src/app/extensions/hello/extension.tsx": "import {Extensions} from \"attio/client\"\n" +
				"export default Extensions.defineExtension(Object.assign({type: \"record-action\"}, " +
				action + "))",
			"src/app/extensions/w/extension.tsx": "import {createContext} from \"react\"\n" +
				"import {Extensions} from \"attio\"\nconst Ctx = createContext(null)\n" +
				"export default Extensions.defineExtension(Object.assign({type: \"record-widget\"}, " +
				widget + "))",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.files["package.json"] = pkg
			r, p := build(t, tt.files)
			s, ds := ReadSurfaces(r.Client.Code, p.Dir)
			if len(ds) != 0 || len(s.RecordActions) != 1 || s.RecordActions[0].Label != "Hello" ||
				len(s.Widgets) != 1 || s.Widgets[0].ID != "w" {
				t.Errorf("surfaces %+v, diagnostics %v", s, ds)
			}
		})
	}
}

// The client bundle blocks fetch and tells each JSX element where it was written.
func TestClientBundleRuntime(t *testing.T) {
	r, _ := build(t, map[string]string{
		"package.json": pkg,
		"src/a.tsx": "export const recordAction = {id: \"a\", label: \"A\", el: <Inner />, onTrigger: () => " +
			"{ globalThis.result = typeof fetch; fetch(\"https://x.test\") }}\nfunction Inner() { return null }",
	})
	vm := goja.New()
	vm.RunString(`globalThis.__attioStudioHost = {registerSurfaces(s) { globalThis.s = s },
		modules: {"react/jsx-dev-runtime": {jsxDEV: (type, props, key, static_, source) => source}}}`)
	if _, err := vm.RunString(string(r.Client.Code)); err != nil {
		t.Fatal(err)
	}
	source, err := vm.RunString(`JSON.stringify(s.recordActions[0].el)`)
	if err != nil || source.String() != `{"fileName":"src/a.tsx","lineNumber":1,"columnNumber":55}` {
		t.Errorf("JSX source %v (%v), want src/a.tsx:1:55", source, err)
	}
	_, err = vm.RunString(`s.recordActions[0].onTrigger()`)
	if err == nil || !strings.Contains(err.Error(), "fetch is not available in Attio client code") {
		t.Errorf("calling fetch gave %v", err)
	}
}

// Reaching the blocked APIs through the global object fails as the bare names do, the page's
// document and storage are not there by any name, and the rest of the global object reads and
// writes through to the real one.
func TestClientGlobalObjectIsGuarded(t *testing.T) {
	r, _ := build(t, map[string]string{
		"package.json": pkg,
		"src/a.tsx": `export const recordAction = {id: "a", label: "A", onTrigger(name) {
  if (name === "rest") {
    window.written = globalThis.Math.max(1, 2);
    return [realGlobal.written, self.parseInt("7"), typeof window.WebSocket].join(",");
  }
  if (name === "absent") {
    return [typeof document, typeof localStorage, typeof window.document, "localStorage" in window,
      typeof window.window.localStorage, typeof globalThis.top.alert].join(",");
  }
  if (name === "window.window") return window.window.fetch("https://x.test");
  ({globalThis, window, self})[name].fetch("https://x.test");
}}`,
	})
	vm := goja.New()
	vm.RunString(`var window = globalThis, self = globalThis, top = globalThis,
		realGlobal = globalThis, document = {}, alert = function () {};
		Object.defineProperty(globalThis, "localStorage", {value: {}, configurable: true});
		globalThis.__attioStudioHost = {registerSurfaces(s) { globalThis.s = s },
		modules: {"react/jsx-dev-runtime": {}}}`)
	if _, err := vm.RunString(string(r.Client.Code)); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"globalThis", "window", "self", "window.window"} {
		_, err := vm.RunString(`s.recordActions[0].onTrigger("` + name + `")`)
		if err == nil || !strings.Contains(err.Error(), "fetch is not available in Attio client code") {
			t.Errorf("%s.fetch gave %v", name, err)
		}
	}
	absent, err := vm.RunString(`s.recordActions[0].onTrigger("absent")`)
	want := "undefined,undefined,undefined,false,undefined,undefined"
	if err != nil || absent.String() != want {
		t.Errorf("the page's document and storage gave %v (%v), want %s", absent, err, want)
	}
	rest, err := vm.RunString(`s.recordActions[0].onTrigger("rest")`)
	if err != nil || rest.String() != "2,7,function" {
		t.Errorf("the rest of the global object gave %v (%v), want 2,7,function", rest, err)
	}
}

func TestRebuildSeesChanges(t *testing.T) {
	dir := projecttest.WriteApp(t, map[string]string{
		"package.json": pkg,
		"src/a.tsx":    `export const recordAction = {id: "a", label: "First", onTrigger() {}}`,
	})
	b := NewBuilder(Options{})
	defer b.Close()
	p, _ := project.Load(dir)
	b.Build(p)
	second := `export const recordAction = {id: "a", label: "Second", onTrigger() {}}`
	os.WriteFile(filepath.Join(dir, "src/a.tsx"), []byte(second), 0o644)
	r := b.Build(p)
	s, _ := ReadSurfaces(r.Client.Code, dir)
	if len(s.RecordActions) != 1 || s.RecordActions[0].Label != "Second" {
		t.Errorf("after the edit the label is %+v", s.RecordActions)
	}
}

// A server function imported through a tsconfig path alias is a call to the studio, as a
// relative import is; a package's file named *.server is bundled as any package file.
func TestServerFunctionImportedThroughAnAliasIsACall(t *testing.T) {
	r, _ := build(t, map[string]string{
		"package.json":  pkg,
		"tsconfig.json": `{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["src/*"]}}}`,
		"src/lib/send.server.ts": `export default async function send(id: string) {
  return "sent " + id + " with the server's secret"
}`,
		"node_modules/helpers/package.json":     `{"name": "helpers", "main": "index.js"}`,
		"node_modules/helpers/format.server.js": `export const shout = (s) => s.toUpperCase() + "!"`,
		"src/a.tsx": `import send from "@/lib/send.server"
import {shout} from "helpers/format.server.js"
export const recordAction = {id: "a", label: shout("a"), onTrigger: () => send("r1")}`,
	})
	if diag.HasErrors(r.Diagnostics) {
		t.Fatalf("diagnostics: %v", r.Diagnostics)
	}
	client := string(r.Client.Code)
	if !strings.Contains(client, `runServerFunction("lib/send.server", args)`) {
		t.Error("the aliased import is not a call to the studio")
	}
	if strings.Contains(client, "the server's secret") {
		t.Error("the aliased server function's code is in the client bundle")
	}
	if !strings.Contains(client, `toUpperCase() + "!"`) {
		t.Error("the package's *.server file was not bundled")
	}
}
