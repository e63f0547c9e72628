package bundle

import (
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/evanw/esbuild/pkg/api"

	"attio-studio/backend/project"
)

// namespace holds the modules the studio provides instead of files.
const namespace = "attio-studio"

//go:embed surfaces.js
var surfacesJS string

// clientGlobals shadows the browser APIs Attio's client runtime does not have, for every module
// of the client bundle (esbuild injects it wherever those names are free).
const clientGlobals = `function blocked(name) {
  return function () {
    throw new Error(name + " is not available in Attio client code: Attio runs client code " +
      "without network access. Make the request in a server function (a *.server.ts file) and " +
      "call that function from here.");
  };
}
export const fetch = blocked("fetch");
export const XMLHttpRequest = blocked("XMLHttpRequest");
export const WebSocket = blocked("WebSocket");
`

// hostModules are the imports the studio page provides as globals.
var hostModules = `^(react|react/jsx-runtime|react/jsx-dev-runtime|attio|attio/client)$`

func clientPlugin(p *project.Project, opts Options) api.Plugin {
	return api.Plugin{Name: "attio-client", Setup: func(b api.PluginBuild) {
		b.OnResolve(api.OnResolveOptions{Filter: hostModules}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
			return api.OnResolveResult{Path: "host/" + a.Path, Namespace: namespace}, nil
		})
		b.OnResolve(api.OnResolveOptions{Filter: `^attio/server$`}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
			return api.OnResolveResult{Errors: []api.Message{{
				Text: `"attio/server" can only be imported by server code`,
				Notes: []api.Note{{Text: "Client code reaches the server by importing a server " +
					"function (a *.server.ts file) and calling it."}},
			}}}, nil
		})
		b.OnResolve(api.OnResolveOptions{Filter: `\.server(\.[jt]s)?$`}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
			return resolveServerFunction(p, a), nil
		})
		b.OnResolve(api.OnResolveOptions{Filter: "^" + namespace + ":"}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
			return api.OnResolveResult{Path: a.Path, Namespace: namespace}, nil
		})
		b.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: namespace}, loadClientModule)
		b.OnLoad(api.OnLoadOptions{Filter: `\.(graphql|gql)$`}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
			return loadGraphQL(p, opts, a)
		})
	}}
}

func loadClientModule(a api.OnLoadArgs) (api.OnLoadResult, error) {
	var contents string
	switch {
	case strings.HasPrefix(a.Path, "host/"):
		contents = fmt.Sprintf("module.exports = globalThis.__attioStudioHost.modules[%s];",
			quote(strings.TrimPrefix(a.Path, "host/")))
	case strings.HasPrefix(a.Path, "server/"):
		contents = fmt.Sprintf("export default (...args) => "+
			"globalThis.__attioStudioHost.runServerFunction(%s, args);", quote(strings.TrimPrefix(a.Path, "server/")))
	case a.Path == namespace+":surfaces":
		contents = surfacesJS
	case a.Path == namespace+":client-globals":
		contents = clientGlobals
	default:
		return api.OnLoadResult{}, fmt.Errorf("unknown studio module %q", a.Path)
	}
	return api.OnLoadResult{Contents: &contents, Loader: api.LoaderJS}, nil
}

// resolveServerFunction turns a client import of a *.server file into a stub that calls the
// studio with the function's id: its path under src/ without the extension.
func resolveServerFunction(p *project.Project, a api.OnResolveArgs) api.OnResolveResult {
	if a.Namespace != "file" || !strings.HasPrefix(a.Path, ".") {
		return api.OnResolveResult{}
	}
	base := filepath.Join(a.ResolveDir, filepath.FromSlash(a.Path))
	file := ""
	for _, candidate := range []string{base, base + ".ts", base + ".js"} {
		if info, err := os.Stat(candidate); err == nil && !info.IsDir() {
			file = candidate
			break
		}
	}
	if file == "" {
		return api.OnResolveResult{} // esbuild reports "Could not resolve" at the import
	}
	rel, err := filepath.Rel(filepath.Join(p.Dir, "src"), file)
	if err != nil || strings.HasPrefix(rel, "..") {
		return api.OnResolveResult{Errors: []api.Message{{
			Text: fmt.Sprintf("Server function %q is outside src/", a.Path)}}}
	}
	id := strings.TrimSuffix(filepath.ToSlash(rel), filepath.Ext(rel))
	return api.OnResolveResult{Path: "server/" + id, Namespace: namespace}
}

// loadGraphQL loads a .graphql document as its text after checking it against the schema.
func loadGraphQL(p *project.Project, opts Options, a api.OnLoadArgs) (api.OnLoadResult, error) {
	raw, err := os.ReadFile(a.Path)
	if err != nil {
		return api.OnLoadResult{}, err
	}
	text := string(raw)
	res := api.OnLoadResult{Contents: &text, Loader: api.LoaderText}
	if opts.ValidateGraphQL == nil {
		return res, nil
	}
	rel, _ := filepath.Rel(p.Dir, a.Path)
	lines := strings.Split(text, "\n")
	for _, d := range opts.ValidateGraphQL(text) {
		msg := api.Message{Text: d.Text, Location: &api.Location{File: filepath.ToSlash(rel),
			Line: d.Line, Column: max(d.Column-1, 0)}}
		if d.Line > 0 && d.Line <= len(lines) {
			msg.Location.LineText = strings.TrimRight(lines[d.Line-1], "\r")
		}
		for _, n := range d.Notes {
			msg.Notes = append(msg.Notes, api.Note{Text: n.Text})
		}
		res.Errors = append(res.Errors, msg)
	}
	return res, nil
}
