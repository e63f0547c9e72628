package runtime

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"

	"attio-studio/backend/runtime/srcmap"
)

// Entry is one server entry point of the bundle: its id (the key the client calls it by, such as
// "send-to-alc.server", "lead-processed" or "connection-added") and its file in the app.
type Entry struct {
	ID   string `json:"id"`
	File string `json:"file"`
}

// Manifest lists what the bundle offers, each list sorted by id.
type Manifest struct {
	Functions []Entry `json:"functions"`
	Webhooks  []Entry `json:"webhooks"`
	Events    []Entry `json:"events"`
}

// Program is a compiled server bundle. It is immutable and safe to share between runtimes and
// concurrent calls.
type Program struct {
	name     string
	prg      *goja.Program
	smap     *srcmap.Map
	manifest Manifest
}

// manifestTimeout bounds the evaluation of the bundle's top level at compile time.
const manifestTimeout = 5 * time.Second

// Compile parses the server bundle once; each call then runs it in a fresh VM. name is the
// bundle's path relative to the app folder (for example "dist/server.js"); the inline source map's
// sources are resolved against it, so mapped files come out relative to the app folder.
//
// Compile also evaluates the bundle's top level once to read its manifest. A syntax error, or a
// throw at the top level, is returned as a *ScriptError located in the app's sources.
func Compile(name string, code []byte) (*Program, error) {
	smap, err := srcmap.FromBundle(name, code)
	if err != nil {
		return nil, err
	}
	ast, err := parser.ParseFile(nil, name, string(code), 0, parser.WithDisableSourceMaps)
	if err != nil {
		return nil, parseError(err, name, smap)
	}
	prg, err := goja.CompileAST(ast, false)
	if err != nil {
		return nil, compileError(err, name, smap)
	}
	p := &Program{name: name, prg: prg, smap: smap}
	if p.manifest, err = p.readManifest(); err != nil {
		return nil, err
	}
	return p, nil
}

// Name is the bundle name given to Compile.
func (p *Program) Name() string { return p.name }

// Manifest lists the bundle's server functions, webhook handlers and event handlers.
func (p *Program) Manifest() Manifest { return p.manifest }

// SourceLine returns the text of line (1-based) of an app file as carried in the source map, for
// showing the line a diagnostic points at; "" when unknown.
func (p *Program) SourceLine(file string, line int) string { return p.smap.SourceLine(file, line) }

func (p *Program) webhookFiles() []string {
	files := make([]string, 0, len(p.manifest.Webhooks))
	for _, e := range p.manifest.Webhooks {
		files = append(files, e.ID)
	}
	return files
}

func (p *Program) entries(kind entryKind) []Entry {
	switch kind {
	case kindFunction:
		return p.manifest.Functions
	case kindWebhook:
		return p.manifest.Webhooks
	}
	return p.manifest.Events
}

func (p *Program) find(kind entryKind, id string) (Entry, bool) {
	for _, e := range p.entries(kind) {
		if e.ID == id {
			return e, true
		}
	}
	return Entry{}, false
}

// readManifest runs the bundle's top level (module bodies stay unevaluated behind load()) in a
// runtime with no services and reads the ids and files of __attioServer.
func (p *Program) readManifest() (Manifest, error) {
	rt := New(p, Services{}, Options{Timeout: manifestTimeout})
	out, err := rt.run(context.Background(), target{label: "The server bundle"},
		invocation{inspect: readEntries})
	if err != nil {
		return Manifest{}, err
	}
	return out.(Manifest), nil
}

func readEntries(c *call, server *goja.Object) (any, error) {
	var m Manifest
	lists := map[entryKind]*[]Entry{kindFunction: &m.Functions, kindWebhook: &m.Webhooks,
		kindEvent: &m.Events}
	for kind, list := range lists {
		group, ok := server.Get(string(kind)).(*goja.Object)
		if !ok {
			*list = []Entry{}
			continue
		}
		for _, id := range group.Keys() {
			file := ""
			if e, ok := group.Get(id).(*goja.Object); ok && e.Get("file") != nil {
				file = e.Get("file").String()
			}
			*list = append(*list, Entry{ID: id, File: file})
		}
		sort.Slice(*list, func(i, j int) bool { return (*list)[i].ID < (*list)[j].ID })
	}
	return m, nil
}

// parseError locates a parser error in the app's sources.
func parseError(err error, name string, smap *srcmap.Map) error {
	var list parser.ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		return fmt.Errorf("parse the server bundle: %w", err)
	}
	first := list[0]
	return syntaxError(first.Message, first.Position.Line, first.Position.Column, name, smap)
}

func compileError(err error, name string, smap *srcmap.Map) error {
	var syn *goja.CompilerSyntaxError
	if errors.As(err, &syn) && syn.File != nil {
		pos := syn.File.Position(syn.Offset)
		return syntaxError(syn.Message, pos.Line, pos.Column, name, smap)
	}
	return fmt.Errorf("compile the server bundle: %w", err)
}

func syntaxError(msg string, line, col int, name string, smap *srcmap.Map) *ScriptError {
	e := &ScriptError{Name: "SyntaxError", File: name, Line: line, Column: col,
		Message: "The server bundle cannot run in the studio's JavaScript engine: " + msg}
	if pos, ok := smap.Lookup(line, col); ok {
		e.File, e.Line, e.Column = pos.File, pos.Line, pos.Column
	}
	e.Stack = fmt.Sprintf("SyntaxError: %s\n    at %s:%d:%d", msg, e.File, e.Line, e.Column)
	return e
}
