// Package bundle builds an Attio app's two bundles with esbuild, the way Attio's CLI does: a
// client bundle (an IIFE whose react and attio imports read the studio page's globals, and whose
// *.server imports become calls to the studio) and a server bundle (one goja-compatible IIFE
// holding every server function, webhook handler and event handler, loaded lazily).
//
// A Builder keeps esbuild contexts between builds so a rebuild after a save only re-parses the
// files that changed.
package bundle

import (
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/evanw/esbuild/pkg/api"

	"attio-studio/backend/diag"
	"attio-studio/backend/project"
)

// Output is one built bundle. Map is its source map (the client's code also carries it inline,
// the server's only inline, as goja reads it from there).
type Output struct {
	Code []byte
	Map  []byte
}

// Result is one build of both bundles. When Diagnostics has errors the outputs of the failed
// bundle are empty and the caller should keep running its last good build.
type Result struct {
	Client      Output
	Server      Output
	Diagnostics []diag.Diagnostic
	Duration    time.Duration
}

// Options tune a Builder.
type Options struct {
	// ValidateGraphQL checks one .graphql document; its diagnostics' lines are 1-based within
	// the document. Nil skips validation.
	ValidateGraphQL func(text string) []diag.Diagnostic
	Logger          *slog.Logger
}

// Builder builds one app's bundles, again and again. It is safe for concurrent use; builds
// are serialised.
type Builder struct {
	opts   Options
	mu     sync.Mutex
	client *context
	server *context
	// exports remembers what the server entry files export (see DefaultExportDiagnostics).
	exports exportsCache
}

// context is an esbuild context for one bundle, reusable while its generated entry is unchanged.
type context struct {
	entry string
	ctx   api.BuildContext
}

// NewBuilder returns a Builder. Call Close when done with it.
func NewBuilder(opts Options) *Builder {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	return &Builder{opts: opts}
}

// Build bundles p's current sources.
func (b *Builder) Build(p *project.Project) Result {
	b.mu.Lock()
	defer b.mu.Unlock()
	start := time.Now()

	var r Result
	var clientDiags, serverDiags []diag.Diagnostic
	r.Client, clientDiags = b.build(&b.client, clientEntry(p), clientOptions(p, b.opts))
	r.Server, serverDiags = b.build(&b.server, serverEntry(p), serverOptions(p, b.opts))
	r.Diagnostics = firstErrorPerFile(dedupe(append(clientDiags, serverDiags...)))
	r.Duration = time.Since(start)
	return r
}

// build runs one bundle, reusing the previous esbuild context when the entry is unchanged.
func (b *Builder) build(slot **context, entry string, opts api.BuildOptions) (Output, []diag.Diagnostic) {
	if *slot != nil && (*slot).entry != entry {
		(*slot).ctx.Dispose()
		*slot = nil
	}
	if *slot == nil {
		opts.Stdin.Contents = entry
		ctx, err := api.Context(opts)
		if err != nil {
			return Output{}, messages(err.Errors, diag.Error)
		}
		*slot = &context{entry: entry, ctx: ctx}
	}
	res := (*slot).ctx.Rebuild()
	ds := append(messages(res.Errors, diag.Error), messages(res.Warnings, diag.Warning)...)
	if len(res.Errors) > 0 {
		return Output{}, ds
	}
	var out Output
	for _, f := range res.OutputFiles {
		if strings.HasSuffix(f.Path, ".map") {
			out.Map = f.Contents
		} else {
			out.Code = f.Contents
		}
	}
	return out, ds
}

// Close releases the esbuild contexts.
func (b *Builder) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, c := range []*context{b.client, b.server} {
		if c != nil {
			c.ctx.Dispose()
		}
	}
	b.client, b.server = nil, nil
}

// dedupe drops repeated diagnostics: a file imported by both bundles fails in both.
func dedupe(ds []diag.Diagnostic) []diag.Diagnostic {
	seen := map[string]bool{}
	var out []diag.Diagnostic
	for _, d := range ds {
		key := fmt.Sprintf("%s|%s", d.Location(), d.Text)
		if !seen[key] {
			seen[key] = true
			out = append(out, d)
		}
	}
	return out
}

// firstErrorPerFile keeps one error per file and turns the file's later errors into notes of it.
// After a syntax error esbuild often reports what follows from it (an unclosed tag also makes
// the next brace invalid); the first error is the one to fix, and one place to look is clearer.
func firstErrorPerFile(ds []diag.Diagnostic) []diag.Diagnostic {
	first := map[string]int{}
	var out []diag.Diagnostic
	for _, d := range ds {
		i, seen := first[d.File]
		if d.Severity != diag.Error || d.File == "" || !seen {
			if d.Severity == diag.Error && d.File != "" {
				first[d.File] = len(out)
			}
			out = append(out, d)
			continue
		}
		out[i].Notes = append(out[i].Notes, diag.Note{Text: "Then: " + d.Text, File: d.File,
			Line: d.Line, Column: d.Column})
	}
	return out
}
