package project

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"attio-studio/backend/diag"
)

// KnownEvents are the events Attio sends to an app's event handlers.
var KnownEvents = []string{"connection-added", "connection-removed"}

// surfaceExport matches a named export that declares a surface in the named-exports shape, as
// `export const recordAction` or inside `export { ... recordAction ... }`.
var surfaceExport = regexp.MustCompile(`export\s+(?:const|let|var|function)\s+(?:` + surfaceNames +
	`)\b|export\s*\{[^}]*\b(?:` + surfaceNames + `)\b[^}]*\}`)

const surfaceNames = `recordAction|bulkRecordAction|recordWidget|` +
	`callRecording(?:Insight|Summary|Transcript)TextSelectionAction|workspaceSettings|workflowBlock`

var skippedDirs = map[string]bool{"node_modules": true, "dist": true, ".attio": true}

// discover walks src/ and sorts each file into its role.
func (p *Project) discover() error {
	src := filepath.Join(p.Dir, "src")
	if info, err := os.Stat(src); err != nil || !info.IsDir() {
		p.addDiagnostic(diag.Errorf("The app has no src folder").At("src", 0, 0).
			WithNote("An Attio app keeps its code in src/, next to package.json."))
		return nil
	}
	p.Shape = p.detectShape(src)

	var candidates []string
	err := filepath.WalkDir(src, func(abs string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if abs != src && (skippedDirs[d.Name()] || strings.HasPrefix(d.Name(), ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		rel, _ := filepath.Rel(p.Dir, abs)
		if client := p.classify(filepath.ToSlash(rel)); client {
			candidates = append(candidates, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read app sources: %w", err)
	}
	p.pickClientFiles(candidates)
	p.sortEntries()
	return nil
}

func (p *Project) detectShape(src string) Shape {
	if info, err := os.Stat(filepath.Join(src, "app", "extensions")); err == nil && info.IsDir() {
		return ShapeExtensions
	}
	for _, name := range []string{"app.ts", "app.tsx"} {
		if _, err := os.Stat(filepath.Join(src, name)); err == nil {
			return ShapeAppFile
		}
	}
	return ShapeNamedExports
}

// classify records server entries and GraphQL files, and reports whether file is client code
// that may declare surfaces.
func (p *Project) classify(file string) (client bool) {
	base := path.Base(file)
	ext := path.Ext(base)
	switch {
	case ext == ".graphql" || ext == ".gql":
		p.GraphQLFiles = append(p.GraphQLFiles, file)
	case strings.HasSuffix(base, ".d.ts"):
	case hasSuffix(base, ".server", ".ts", ".js"):
		id := strings.TrimSuffix(strings.TrimPrefix(file, "src/"), ext)
		p.ServerFunctions = append(p.ServerFunctions, Entry{ID: id, File: file})
	case hasSuffix(base, ".webhook", ".ts", ".js"):
		p.addHandler(&p.Webhooks, file, ".webhook", "webhooks")
	case hasSuffix(base, ".event", ".ts", ".js"):
		p.addHandler(&p.Events, file, ".event", "events")
	case ext == ".ts" || ext == ".tsx" || ext == ".js" || ext == ".jsx":
		return true
	}
	return false
}

func hasSuffix(base, kind string, exts ...string) bool {
	for _, ext := range exts {
		if strings.HasSuffix(base, kind+ext) {
			return true
		}
	}
	return false
}

// addHandler records a webhook or event handler found under src/<folder>/ or src/app/<folder>/,
// named by its path inside that folder without the kind suffix and extension.
func (p *Project) addHandler(list *[]Entry, file, kind, folder string) {
	var rel string
	for _, prefix := range []string{"src/" + folder + "/", "src/app/" + folder + "/"} {
		if strings.HasPrefix(file, prefix) {
			rel = strings.TrimPrefix(file, prefix)
		}
	}
	if rel == "" {
		p.addDiagnostic(diag.Diagnostic{Severity: diag.Warning, File: file,
			Text: fmt.Sprintf("%s is outside src/%s/, so Attio will not find it", path.Base(file), folder)}.
			WithNote("Move it to src/%s/.", folder))
		return
	}
	id := strings.TrimSuffix(rel, kind+path.Ext(rel))
	if folder == "events" && !isKnownEvent(id) {
		p.addDiagnostic(diag.Diagnostic{Severity: diag.Warning, File: file,
			Text: fmt.Sprintf("Attio sends no event named %q", id)}.
			WithNote("The events are %s.", strings.Join(KnownEvents, " and ")))
	}
	*list = append(*list, Entry{ID: id, File: file})
}

func isKnownEvent(name string) bool {
	for _, e := range KnownEvents {
		if e == name {
			return true
		}
	}
	return false
}

// pickClientFiles keeps the client files that can declare surfaces in the app's shape.
func (p *Project) pickClientFiles(candidates []string) {
	for _, file := range candidates {
		switch p.Shape {
		case ShapeExtensions:
			if strings.HasPrefix(file, "src/app/extensions/") &&
				strings.TrimSuffix(path.Base(file), path.Ext(file)) == "extension" {
				p.ClientFiles = append(p.ClientFiles, file)
			}
		case ShapeAppFile:
			if file == "src/app.ts" || file == "src/app.tsx" {
				p.ClientFiles = append(p.ClientFiles, file)
			}
		default:
			src, err := os.ReadFile(filepath.Join(p.Dir, filepath.FromSlash(file)))
			if err == nil && surfaceExport.Match(src) {
				p.ClientFiles = append(p.ClientFiles, file)
			}
		}
	}
	sort.Strings(p.ClientFiles)
}

func (p *Project) sortEntries() {
	for _, list := range [][]Entry{p.ServerFunctions, p.Webhooks, p.Events} {
		sort.Slice(list, func(i, j int) bool { return list[i].ID < list[j].ID })
	}
	sort.Strings(p.GraphQLFiles)
}
