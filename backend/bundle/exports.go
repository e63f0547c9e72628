package bundle

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/evanw/esbuild/pkg/api"

	"attio-studio/backend/diag"
	"attio-studio/backend/project"
)

// DefaultExportDiagnostics warns about each server entry file (function, webhook or event
// handler) with no default export, the function Attio calls. esbuild reads each file's exports
// without bundling or running anything, so the developer hears of it at the save rather than
// at the first call. A file esbuild cannot read is left to the build to report, and a CommonJS
// file (module.exports) is left alone: its exports are only known by running it. What a file
// exports is remembered until the file changes, so a save that leaves the server files alone
// costs a stat of each.
func (b *Builder) DefaultExportDiagnostics(p *project.Project) []diag.Diagnostic {
	var out []diag.Diagnostic
	for _, file := range b.exports.read(p) {
		what := "has no default export"
		if len(file.names) > 0 {
			what += " (it exports " + strings.Join(file.names, ", ") + ")"
		}
		d := diag.Diagnostic{Severity: diag.Warning,
			Text: fmt.Sprintf("%s %s. %s", file.path, what, file.rule)}
		line, text := firstExport(filepath.Join(p.Dir, filepath.FromSlash(file.path)))
		d = d.At(file.path, line, 1)
		d.LineText = text
		out = append(out, d)
	}
	return out
}

// exportsCache remembers what each server entry file exports, by its path, size and time.
type exportsCache struct {
	mu    sync.Mutex
	files map[string]fileExports
}

type fileExports struct {
	size  int64
	mod   time.Time
	names []string
	// cjs is a CommonJS file, whose exports are not known without running it.
	cjs bool
}

// lacking is a server entry file without a default export, and the rule it breaks.
type lacking struct {
	path, rule string
	names      []string
}

// read returns p's server entry files that lack a default export, sorted by path.
func (c *exportsCache) read(p *project.Project) []lacking {
	rules := map[string]string{}
	for _, group := range []struct {
		entries []project.Entry
		rule    string
	}{
		{p.ServerFunctions, project.FunctionExportRule},
		{p.Webhooks, project.WebhookExportRule},
		{p.Events, project.EventExportRule},
	} {
		for _, e := range group.entries {
			if _, seen := rules[e.File]; !seen {
				rules[e.File] = group.rule
			}
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.files == nil {
		c.files = map[string]fileExports{}
	}
	known := map[string]fileExports{}
	stale := map[string]os.FileInfo{}
	for path := range rules {
		abs := filepath.Join(p.Dir, filepath.FromSlash(path))
		info, err := os.Stat(abs)
		if err != nil {
			continue
		}
		if f, ok := c.files[abs]; ok && f.size == info.Size() && f.mod.Equal(info.ModTime()) {
			known[path] = f
		} else {
			stale[path] = info
		}
	}
	// A file esbuild could not read has no answer: it is neither reported nor remembered.
	for path, f := range readExports(p.Dir, slices.Collect(maps.Keys(stale))) {
		f.size, f.mod = stale[path].Size(), stale[path].ModTime()
		known[path] = f
		c.files[filepath.Join(p.Dir, filepath.FromSlash(path))] = f
	}
	var out []lacking
	for path, f := range known {
		if !f.cjs && !slices.Contains(f.names, "default") {
			out = append(out, lacking{path: path, rule: rules[path], names: f.names})
		}
	}
	slices.SortFunc(out, func(a, b lacking) int { return strings.Compare(a.path, b.path) })
	return out
}

// readExports has esbuild read what each of files (relative to dir) exports, without bundling;
// nothing when one of them does not parse (the build reports that).
func readExports(dir string, files []string) map[string]fileExports {
	if len(files) == 0 {
		return nil
	}
	res := api.Build(api.BuildOptions{
		EntryPoints:   files,
		AbsWorkingDir: dir,
		Outdir:        filepath.Join(dir, ".attio-studio-exports"), // never written
		Write:         false,
		Metafile:      true,
		Format:        api.FormatESModule,
		LogLevel:      api.LogLevelSilent,
	})
	if len(res.Errors) > 0 {
		return nil
	}
	var meta struct {
		Inputs map[string]struct {
			Format string `json:"format"`
		} `json:"inputs"`
		Outputs map[string]struct {
			EntryPoint string   `json:"entryPoint"`
			Exports    []string `json:"exports"`
		} `json:"outputs"`
	}
	if err := json.Unmarshal([]byte(res.Metafile), &meta); err != nil {
		return nil
	}
	out := map[string]fileExports{}
	for _, o := range meta.Outputs {
		out[o.EntryPoint] = fileExports{names: o.Exports,
			cjs: meta.Inputs[o.EntryPoint].Format == "cjs"}
	}
	return out
}

// firstExport is the first line of file that exports something, where a missing `default` is
// usually the mistake; line 1 when none does.
func firstExport(file string) (line int, text string) {
	src, err := os.ReadFile(file)
	if err != nil {
		return 1, ""
	}
	lines := strings.Split(string(src), "\n")
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "export ") {
			return i + 1, strings.TrimRight(l, "\r")
		}
	}
	return 1, strings.TrimRight(lines[0], "\r")
}
