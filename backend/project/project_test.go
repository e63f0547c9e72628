package project

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"attio-studio/backend/diag"
	"attio-studio/backend/project/projecttest"
)

func TestDiscoverShapes(t *testing.T) {
	tests := []struct {
		name   string
		files  map[string]string
		shape  Shape
		client []string
		fns    []Entry
		hooks  []Entry
		events []Entry
	}{
		{
			name: "named exports",
			files: map[string]string{
				"package.json":                         `{"name":"demo"}`,
				"src/action.tsx":                       `export const recordAction = {id: "a"}`,
				"src/widget.tsx":                       "const w = {}\nexport { w as recordWidget }",
				"src/helpers.ts":                       `export const x = 1`,
				"src/send.server.ts":                   `export default async () => 1`,
				"src/linear/issues/create.server.js":   `export default async () => 1`,
				"src/webhooks/done.webhook.ts":         `export default async (r) => new Response()`,
				"src/events/connection-added.event.ts": `export default async () => {}`,
				"src/types.d.ts":                       `declare const x: number`,
				"src/q.graphql":                        `query Q { currentUser { id } }`,
			},
			shape:  ShapeNamedExports,
			client: []string{"src/action.tsx", "src/widget.tsx"},
			fns: []Entry{
				{"linear/issues/create.server", "src/linear/issues/create.server.js"},
				{"send.server", "src/send.server.ts"},
			},
			hooks:  []Entry{{"done", "src/webhooks/done.webhook.ts"}},
			events: []Entry{{"connection-added", "src/events/connection-added.event.ts"}},
		},
		{
			name: "app file",
			files: map[string]string{
				"package.json":   `{"name":"demo"}`,
				"src/app.ts":     `export const app = {}`,
				"src/action.tsx": `export const recordAction = {}`,
			},
			shape:  ShapeAppFile,
			client: []string{"src/app.ts"},
		},
		{
			name: "extensions",
			files: map[string]string{
				"package.json":                               `{"name":"demo"}`,
				"src/app/extensions/hello/extension.tsx":     `export default {}`,
				"src/app/extensions/hello/dialog.tsx":        `export const D = 1`,
				"src/app/webhooks/in.webhook.ts":             `export default async () => {}`,
				"src/app/events/connection-removed.event.ts": `export default async () => {}`,
			},
			shape:  ShapeExtensions,
			client: []string{"src/app/extensions/hello/extension.tsx"},
			hooks:  []Entry{{"in", "src/app/webhooks/in.webhook.ts"}},
			events: []Entry{{"connection-removed", "src/app/events/connection-removed.event.ts"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Load(projecttest.WriteApp(t, tt.files))
			if err != nil {
				t.Fatal(err)
			}
			if p.Shape != tt.shape {
				t.Errorf("shape %q, want %q", p.Shape, tt.shape)
			}
			if diff := cmp.Diff(tt.client, p.ClientFiles); diff != "" {
				t.Errorf("client files (-want +got):\n%s", diff)
			}
			for _, c := range []struct {
				what      string
				want, got []Entry
			}{{"server functions", tt.fns, p.ServerFunctions}, {"webhooks", tt.hooks, p.Webhooks},
				{"events", tt.events, p.Events}} {
				if diff := cmp.Diff(c.want, c.got); diff != "" {
					t.Errorf("%s (-want +got):\n%s", c.what, diff)
				}
			}
			if len(p.Diagnostics) != 0 {
				t.Errorf("unexpected diagnostics: %v", p.Diagnostics)
			}
		})
	}
}

func TestProblemsBecomeDiagnostics(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string // "file:line:col: severity: text" prefix of the first diagnostic
	}{
		{"no src", map[string]string{"package.json": `{"name":"x"}`},
			"src: error: The app has no src folder"},
		{"bad package.json", map[string]string{"package.json": "{\n  \"name\": \"x\",\n}", "src/a.ts": ""},
			"package.json:3:1: error: package.json is not valid JSON"},
		{"package.json without name", map[string]string{"package.json": `{"version":"1"}`, "src/a.ts": ""},
			"package.json:1:1: error: package.json has no \"name\" string"},
		{"unknown event", map[string]string{"package.json": `{"name":"x"}`,
			"src/events/app-installed.event.ts": ""},
			"src/events/app-installed.event.ts: warning: Attio sends no event named \"app-installed\""},
		{"webhook outside its folder", map[string]string{"package.json": `{"name":"x"}`,
			"src/hooks/a.webhook.ts": ""},
			"src/hooks/a.webhook.ts: warning: a.webhook.ts is outside src/webhooks/"},
		{"studio file with unknown field", map[string]string{"package.json": `{"name":"x"}`, "src/a.ts": "",
			StudioFileName: "{\n  \"mock\": []\n}"},
			"attio-studio.json:2:3: error: attio-studio.json has an unknown field \"mock\""},
		{"studio file with bad connection kind", map[string]string{"package.json": `{"name":"x"}`, "src/a.ts": "",
			StudioFileName: `{"connections": [{"kind": "team", "value": "x"}]}`},
			"attio-studio.json:1:2: error: connections[0].kind is \"team\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Load(projecttest.WriteApp(t, tt.files))
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Diagnostics) == 0 {
				t.Fatalf("no diagnostics, want %q", tt.want)
			}
			d := p.Diagnostics[0]
			got := d.Location() + ": " + string(d.Severity) + ": " + d.Text
			if d.Location() == "" {
				got = string(d.Severity) + ": " + d.Text
			}
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("got  %q\nwant %q...", got, tt.want)
			}
		})
	}
}

func TestExampleApp(t *testing.T) {
	p, err := Load("../../examples/acme-lead-checker")
	if err != nil {
		t.Fatal(err)
	}
	if diag.HasErrors(p.Diagnostics) || p.Name != "acme-lead-checker" || p.Studio == nil {
		t.Fatalf("name %q, studio file %v, diagnostics %v", p.Name, p.Studio != nil, p.Diagnostics)
	}
	if diff := cmp.Diff([]string{"src/send-to-alc.tsx"}, p.ClientFiles); diff != "" {
		t.Error(diff)
	}
	if len(p.ServerFunctions) != 1 || p.ServerFunctions[0].ID != "send-to-alc.server" {
		t.Errorf("server functions %v", p.ServerFunctions)
	}
}
