package bundle

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The build reads the settings schema in both shapes that have one, and the Gen 3 page.
func TestSettingsSchema(t *testing.T) {
	action := `{id: "a", label: "A", onTrigger() {}}`
	want := map[string]string{"apiUrl": "string", "limit": "number", "enabled": "boolean"}
	tests := []struct {
		name     string
		files    map[string]string
		want     map[string]string
		problem  string
		wantPage bool
	}{
		{name: "gen 2", files: map[string]string{
			"src/app.ts": "export const app = {record: {actions: [" + action + "]}}",
			"src/app.settings.ts": `import {Settings} from "attio"
export default {workspace: {apiUrl: Settings.string(), limit: Settings.number(),
  enabled: Settings.boolean()}}`,
		}, want: want},
		{name: "gen 3 schema and page", files: map[string]string{
			"src/app/extensions/a/extension.ts": `import {Extensions} from "attio"
export default Extensions.defineExtension(Object.assign({type: "record-action"}, ` + action + `))`,
			"src/app/settings/schema.ts": `import {Settings} from "attio"
export default Settings.defineWorkspaceSchema({apiUrl: Settings.Schema.string(),
  limit: Settings.Schema.number(), enabled: Settings.Schema.boolean()})`,
			"src/app/settings/page.tsx": `import {Settings} from "attio"
import schema from "./schema"
export default Settings.defineWorkspacePage(schema, () => null)`,
		}, want: want, wantPage: true},
		{name: "no schema", files: map[string]string{
			"src/a.tsx": "export const recordAction = " + action,
		}},
		{name: "a node that is not a setting", files: map[string]string{
			"src/app.ts": "export const app = {}",
			"src/app.settings.ts": "export default {workspace: {\n  apiUrl: Settings.string(),\n" +
				"  retries: 3}}\nimport {Settings} from \"attio\"",
		}, want: map[string]string{"apiUrl": "string"},
			problem: `src/app.settings.ts:3:3: The workspace setting "retries" must be Settings.string()`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.files["package.json"] = pkg
			r, p := build(t, tt.files)
			if len(r.Client.Code) == 0 {
				t.Fatalf("build failed: %v", r.Diagnostics)
			}
			s, ds := ReadSurfaces(r.Client.Code, p.Dir)
			if diff := cmp.Diff(tt.want, s.SettingsSchema); diff != "" {
				t.Errorf("schema (-want +got):\n%s", diff)
			}
			var problems []string
			for _, d := range ds {
				problems = append(problems, d.Location()+": "+d.Text)
			}
			if tt.problem == "" && len(problems) > 0 || tt.problem != "" &&
				(len(problems) != 1 || !strings.HasPrefix(problems[0], tt.problem)) {
				t.Errorf("problems %q, want %q", problems, tt.problem)
			}
			if !strings.Contains(string(r.Client.Code), "src/app/settings/page.tsx") && tt.wantPage {
				t.Error("the Gen 3 settings page is not in the client bundle")
			}
		})
	}
}
