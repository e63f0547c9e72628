package bundle

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"attio-studio/backend/diag"
	"attio-studio/backend/project"
	"attio-studio/backend/project/projecttest"
)

// Server entry files without a default export are warned about where their exports are; files
// that have one, re-export one or are CommonJS are not.
func TestDefaultExportDiagnostics(t *testing.T) {
	p, err := project.Load(projecttest.WriteApp(t, map[string]string{
		"package.json":           pkg,
		"src/good.server.ts":     "export default async function good() { return 1 }",
		"src/renamed.server.ts":  "const f = async () => 1\nexport {f as default}",
		"src/reexport.server.ts": `export {default} from "./impl"`,
		"src/impl.ts":            "export default async () => 2",
		"src/named.server.ts": "// Looks up a lead.\n" +
			"export async function lookUp(id: string) {}\nexport const x = 1",
		"src/common.server.js":                 "module.exports = async function () { return 3 }",
		"src/webhooks/hook.webhook.ts":         "const handle = async (r: Request) => new Response()",
		"src/events/connection-added.event.ts": "export default async function () {}",
	}))
	if err != nil {
		t.Fatal(err)
	}
	got := NewBuilder(Options{}).DefaultExportDiagnostics(p)
	want := []diag.Diagnostic{
		{Severity: diag.Warning, File: "src/named.server.ts", Line: 2, Column: 1,
			LineText: "export async function lookUp(id: string) {}",
			Text: "src/named.server.ts has no default export (it exports lookUp, x). " +
				project.FunctionExportRule},
		{Severity: diag.Warning, File: "src/webhooks/hook.webhook.ts", Line: 1, Column: 1,
			LineText: "const handle = async (r: Request) => new Response()",
			Text:     "src/webhooks/hook.webhook.ts has no default export. " + project.WebhookExportRule},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}

// A server file esbuild cannot read is the build's to report, not this check's.
func TestDefaultExportDiagnosticsLeaveSyntaxErrorsToTheBuild(t *testing.T) {
	p, err := project.Load(projecttest.WriteApp(t, map[string]string{
		"package.json":      pkg,
		"src/bad.server.ts": "export async function (",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if got := NewBuilder(Options{}).DefaultExportDiagnostics(p); got != nil {
		t.Errorf("got %v, want nothing", got)
	}
}

// A Builder reads a server file's exports again once the file changed, and only then.
func TestDefaultExportDiagnosticsFollowEdits(t *testing.T) {
	dir := projecttest.WriteApp(t, map[string]string{
		"package.json":       pkg,
		"src/send.server.ts": "export async function send() {}",
	})
	p, err := project.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	b := NewBuilder(Options{})
	defer b.Close()
	file := filepath.Join(dir, "src", "send.server.ts")
	for i, step := range []struct {
		source   string
		warnings int
	}{
		{"", 1},
		{"export default async function send() {}", 0},
		{"", 0},
		{"export const send = 1", 1},
	} {
		if step.source != "" {
			if err := os.WriteFile(file, []byte(step.source), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if got := b.DefaultExportDiagnostics(p); len(got) != step.warnings {
			t.Errorf("step %d: %d warnings (%v), want %d", i, len(got), got, step.warnings)
		}
	}
}
