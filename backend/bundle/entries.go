package bundle

import (
	"encoding/json"
	"fmt"
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
	fmt.Fprintf(&b, "];\nglobalThis.__attioStudioHost.registerSurfaces(collectSurfaces(%s, modules));\n",
		quote(string(p.Shape)))
	return b.String()
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
