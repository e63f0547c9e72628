// Package project finds and classifies an Attio app's files: the surfaces its client code
// declares (in any of the SDK's three shapes), its server functions, webhook handlers and event
// handlers, its GraphQL documents, package.json and the studio file that may travel with it.
package project

import (
	"fmt"
	"os"
	"path/filepath"

	"attio-studio/backend/diag"
)

// Shape is how the app registers its surfaces; the SDK has had three.
type Shape string

// The SDK shapes, oldest first.
const (
	// ShapeNamedExports: named exports (recordAction, ...) in any file under src/.
	ShapeNamedExports Shape = "named-exports"
	// ShapeAppFile: one `export const app` in src/app.ts or src/app.tsx.
	ShapeAppFile Shape = "app-file"
	// ShapeExtensions: src/app/extensions/**/extension.tsx default exports.
	ShapeExtensions Shape = "extensions"
)

// Entry is one server-side entry point: a server function, webhook handler or event handler.
// ID is the name the SDK uses for it; File is relative to the app folder, with forward slashes.
type Entry struct {
	ID   string `json:"id"`
	File string `json:"file"`
}

// What each kind of server entry file must default-export: Attio calls that export.
const (
	FunctionExportRule = "A server function file must `export default async function (...args)`."
	WebhookExportRule  = "A webhook handler file must " +
		"`export default async function (request: Request): Promise<Response>`."
	EventExportRule = "An event handler file must `export default async function ({connection})`."
)

// Project is what was found in an app folder. Problems with the folder's contents are in
// Diagnostics; Load only fails when the folder cannot be read at all.
type Project struct {
	Dir             string
	Name            string
	Shape           Shape
	ClientFiles     []string // files whose exports declare surfaces
	ServerFunctions []Entry
	Webhooks        []Entry
	Events          []Entry
	GraphQLFiles    []string
	Studio          *StudioFile // nil when the app carries no studio file
	Diagnostics     []diag.Diagnostic
}

// StudioFileName is the studio's own file in an app folder, beside package.json.
const StudioFileName = "attio-studio.json"

// Load reads the app in dir.
func Load(dir string) (*Project, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("resolve app folder: %w", err)
	}
	info, err := os.Stat(abs)
	if err != nil {
		return nil, fmt.Errorf("open app folder: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("open app folder: %s is not a folder", abs)
	}

	p := &Project{Dir: abs, Name: filepath.Base(abs)}
	p.readPackageJSON()
	if err := p.discover(); err != nil {
		return nil, err
	}
	p.readStudioFile()
	return p, nil
}

func (p *Project) addDiagnostic(d diag.Diagnostic) {
	p.Diagnostics = append(p.Diagnostics, d)
}
