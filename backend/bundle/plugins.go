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
const shadowed = {fetch, XMLHttpRequest, WebSocket};

// The page's document, storage and native dialogs, which Attio's client runtime does not have
// (it is not a DOM): undefined here as there, so a library that looks before it uses them takes
// its other path, and app code that uses them fails in the studio as it would in Attio. The
// SDK's own alert and confirm are imports, which these do not touch.
export const document = undefined;
export const localStorage = undefined;
export const sessionStorage = undefined;
export const indexedDB = undefined;
export const EventSource = undefined;
export const history = undefined;
export const alert = undefined;
export const confirm = undefined;
export const prompt = undefined;
const absent = new Set(["document", "localStorage", "sessionStorage", "indexedDB", "EventSource",
  "history", "alert", "confirm", "prompt"]);
// Names by which the global object reaches itself: they give the guarded object back.
const itself = new Set(["globalThis", "window", "self", "top", "parent", "frames"]);

// The page's global object as app code sees it through globalThis, window and self: the same
// object, but with the blocked APIs above, so window.fetch fails as a bare fetch does, and
// without the absent ones, also through window.window or window.top. Methods are bound to the
// real object (a DOM method called on a proxy throws "Illegal invocation"); constructors, which
// have a prototype, are handed out as they are so their statics stay.
function guarded(target) {
  const bound = new WeakMap();
  const proxy = new Proxy(target, {
    get(object, key) {
      if (typeof key === "string" && Object.prototype.hasOwnProperty.call(shadowed, key)) {
        return shadowed[key];
      }
      if (absent.has(key)) return undefined;
      if (itself.has(key) && Reflect.has(object, key)) return proxy;
      const value = Reflect.get(object, key, object);
      if (typeof value !== "function" || "prototype" in value) return value;
      let method = bound.get(value);
      if (!method) {
        method = value.bind(object);
        bound.set(value, method);
      }
      return method;
    },
    set(object, key, value) {
      return Reflect.set(object, key, value, object);
    },
    // A property the object cannot lose (the page's document) must still be reported.
    has(object, key) {
      const fixed = Reflect.getOwnPropertyDescriptor(object, key)?.configurable === false;
      return (fixed || !absent.has(key)) && Reflect.has(object, key);
    },
  });
  return proxy;
}
const guardedGlobal = guarded(globalThis);
const guardedWindow = typeof window === "undefined" ? undefined : guardedGlobal;
const guardedSelf = typeof self === "undefined" ? undefined : guardedGlobal;
export {guardedGlobal as globalThis, guardedWindow as window, guardedSelf as self};
`

// hostModules are the imports the studio page provides as globals.
var hostModules = `^(react|react/jsx-runtime|react/jsx-dev-runtime|attio|attio/client)$`

// resolver registers fn for imports matching filter; fn never fails the build by itself (it
// reports problems in its result's Errors, at the import).
func resolver(b api.PluginBuild) func(filter string, fn func(api.OnResolveArgs) api.OnResolveResult) {
	return func(filter string, fn func(api.OnResolveArgs) api.OnResolveResult) {
		b.OnResolve(api.OnResolveOptions{Filter: filter},
			func(a api.OnResolveArgs) (api.OnResolveResult, error) { return fn(a), nil })
	}
}

// refuse is a resolution that fails at the import with text and a note saying what to do.
func refuse(text, note string) api.OnResolveResult {
	return api.OnResolveResult{Errors: []api.Message{{Text: text, Notes: []api.Note{{Text: note}}}}}
}

func clientPlugin(p *project.Project, opts Options) api.Plugin {
	return api.Plugin{Name: "attio-client", Setup: func(b api.PluginBuild) {
		resolve := resolver(b)
		resolve(hostModules, func(a api.OnResolveArgs) api.OnResolveResult {
			return api.OnResolveResult{Path: "host/" + a.Path, Namespace: namespace}
		})
		resolve(`^attio/server$`, func(a api.OnResolveArgs) api.OnResolveResult {
			return refuse(`"attio/server" can only be imported by server code`,
				"Client code reaches the server by importing a server function (a *.server.ts "+
					"file) and calling it.")
		})
		resolve(`\.server(\.[jt]s)?$`, func(a api.OnResolveArgs) api.OnResolveResult {
			return resolveServerFunction(p, b, a)
		})
		resolve(nodeBuiltins, func(a api.OnResolveArgs) api.OnResolveResult {
			if isNodePackage(a, p) {
				return api.OnResolveResult{}
			}
			return refuse(fmt.Sprintf("%q is a Node.js module; Attio runs client code in its "+
				"web page, which has no Node APIs", a.Path), "Do this work in a server function "+
				"(a *.server.ts file) and call it from here, or use a browser API.")
		})
		resolve("^"+namespace+":", func(a api.OnResolveArgs) api.OnResolveResult {
			return api.OnResolveResult{Path: a.Path, Namespace: namespace}
		})
		b.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: namespace}, loadClientModule)
		b.OnLoad(api.OnLoadOptions{Filter: `\.(graphql|gql)$`},
			func(a api.OnLoadArgs) (api.OnLoadResult, error) { return loadGraphQL(p, opts, a) })
	}}
}

func loadClientModule(a api.OnLoadArgs) (api.OnLoadResult, error) {
	var contents string
	switch {
	case strings.HasPrefix(a.Path, "host/"):
		contents = fmt.Sprintf("module.exports = globalThis.__attioStudioHost.modules[%s];",
			quote(strings.TrimPrefix(a.Path, "host/")))
	case strings.HasPrefix(a.Path, "server/"):
		id := quote(strings.TrimPrefix(a.Path, "server/"))
		contents = fmt.Sprintf("export default (...args) => "+
			"globalThis.__attioStudioHost.runServerFunction(%s, args);", id)
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
//
// A specifier that is not relative (a tsconfig path alias such as "@/send.server") is resolved
// by esbuild first; it names a server function when it lands on a file of the app's own.
func resolveServerFunction(p *project.Project, b api.PluginBuild,
	a api.OnResolveArgs) api.OnResolveResult {
	if a.Namespace != "file" || a.PluginData == (aliasLookup{}) {
		return api.OnResolveResult{}
	}
	file := ""
	if strings.HasPrefix(a.Path, ".") {
		base := filepath.Join(a.ResolveDir, filepath.FromSlash(a.Path))
		for _, candidate := range []string{base, base + ".ts", base + ".js"} {
			if info, err := os.Stat(candidate); err == nil && !info.IsDir() {
				file = candidate
				break
			}
		}
	} else {
		r := b.Resolve(a.Path, api.ResolveOptions{Importer: a.Importer, ResolveDir: a.ResolveDir,
			Kind: a.Kind, PluginData: aliasLookup{}})
		if len(r.Errors) > 0 || r.External || r.Namespace != "file" ||
			strings.Contains(filepath.ToSlash(r.Path), "/node_modules/") {
			return api.OnResolveResult{} // a package's own file, or esbuild's error at the import
		}
		file = r.Path
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

// aliasLookup marks the resolution resolveServerFunction asks esbuild for, so that it is not
// asked again.
type aliasLookup struct{}

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
