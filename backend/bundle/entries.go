package bundle

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"attio-studio/backend/project"
)

// entryName is the file name esbuild gives the generated entry in messages and source maps.
const entryName = "<attio-studio-entry>"

// clientEntry generates the client bundle's entry: it hands every surface-declaring module to
// the studio page. Modules load lazily, one at a time, so one that throws while loading does not
// hide the surfaces of the others.
func clientEntry(p *project.Project) string {
	var b strings.Builder
	b.WriteString("import {collectSurfaces} from \"attio-studio:surfaces\";\n")
	b.WriteString("const modules = [\n")
	for _, file := range p.ClientFiles {
		fmt.Fprintf(&b, "  {file: %s, load: () => require(%s)},\n", quote(file), quote("./"+file))
	}
	b.WriteString("];\nconst settings = {\n")
	for _, part := range []struct{ name, file string }{
		{"schema", settingsSchemaFile(p)}, {"page", settingsPageFile(p)},
	} {
		if part.file != "" {
			fmt.Fprintf(&b, "  %s: {file: %s, load: () => require(%s)},\n",
				part.name, quote(part.file), quote("./"+part.file))
		}
	}
	fmt.Fprintf(&b, "};\nglobalThis.__attioStudioHost.registerSurfaces("+
		"collectSurfaces(%s, modules, settings));\n", quote(string(p.Shape)))
	return b.String()
}

// settingsSchemaFile is the app's workspace-settings schema: Gen 2's src/app.settings.ts or
// Gen 3's src/app/settings/schema.ts; "" when it has none. Attio's CLI reads it apart from the
// surfaces, so no surface file needs to import it.
func settingsSchemaFile(p *project.Project) string {
	if p.Shape == project.ShapeExtensions {
		return firstFile(p.Dir, "src/app/settings/schema", ".ts", ".tsx", ".js")
	}
	return firstFile(p.Dir, "src/app.settings", ".ts", ".tsx", ".js")
}

// settingsPageFile is Gen 3's settings page, src/app/settings/page.tsx; Gen 2 declares its page
// in app.ts as app.settings.workspace.
func settingsPageFile(p *project.Project) string {
	if p.Shape != project.ShapeExtensions {
		return ""
	}
	return firstFile(p.Dir, "src/app/settings/page", ".tsx", ".ts", ".jsx", ".js")
}

func firstFile(dir, base string, exts ...string) string {
	for _, ext := range exts {
		if info, err := os.Stat(filepath.Join(dir, filepath.FromSlash(base+ext))); err == nil &&
			!info.IsDir() {
			return base + ext
		}
	}
	return ""
}

// serverEntry generates the server bundle's entry: a table of every server entry point, by the
// id the SDK gives it, each loaded on first use.
func serverEntry(p *project.Project) string {
	var b strings.Builder
	b.WriteString("globalThis.__attioServer = {\n")
	for _, group := range []struct {
		name    string
		entries []project.Entry
	}{{"functions", p.ServerFunctions}, {"webhooks", p.Webhooks}, {"events", p.Events}} {
		fmt.Fprintf(&b, "  %s: {\n", group.name)
		for _, e := range group.entries {
			fmt.Fprintf(&b, "    %s: {file: %s, load: () => require(%s)},\n",
				quote(e.ID), quote(e.File), quote("./"+e.File))
		}
		b.WriteString("  },\n")
	}
	b.WriteString("};\n")
	return b.String()
}

func quote(s string) string {
	raw, _ := json.Marshal(s)
	return string(raw)
}
