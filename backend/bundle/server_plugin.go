package bundle

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/evanw/esbuild/pkg/api"

	"attio-studio/backend/project"
)

// isNodePackage reports an import of a Node module's name that the app has as an npm package
// (such as "events" or "buffer"), which bundles like any other package.
func isNodePackage(a api.OnResolveArgs, p *project.Project) bool {
	return !strings.HasPrefix(a.Path, "node:") && hasPackage(a.ResolveDir, p.Dir, a.Path)
}

// nodeBuiltins are Node's own modules, which Attio's server runtime does not have.
var nodeBuiltins = `^(node:.*|fs|fs/promises|path|os|crypto|http|https|http2|net|tls|dns|` +
	`child_process|cluster|stream|buffer|util|events|url|zlib|readline|worker_threads|process|vm|` +
	`perf_hooks|async_hooks|module|assert|querystring|string_decoder|timers|tty|v8|dgram|` +
	`inspector)(/.*)?$`

func serverPlugin(p *project.Project) api.Plugin {
	return api.Plugin{Name: "attio-server", Setup: func(b api.PluginBuild) {
		resolve := resolver(b)
		resolve(`^attio(/server)?$`, func(a api.OnResolveArgs) api.OnResolveResult {
			return api.OnResolveResult{Path: a.Path, Namespace: namespace}
		})
		resolve(`^attio/client$`, func(a api.OnResolveArgs) api.OnResolveResult {
			return refuse(`Server code cannot import "attio/client"`, "attio/client runs in Attio's "+
				"page; server functions, webhooks and events use \"attio/server\".")
		})
		resolve(nodeBuiltins, func(a api.OnResolveArgs) api.OnResolveResult {
			if isNodePackage(a, p) {
				return api.OnResolveResult{}
			}
			return refuse(fmt.Sprintf("%q is a Node.js module; Attio's server runtime has no Node APIs",
				a.Path), "Use the web APIs it has instead (fetch, URL, TextEncoder, crypto.subtle), "+
				"or an npm package that needs only those.")
		})
		b.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: namespace}, loadServerModule)
	}}
}

// loadServerModule gives server code the SDK objects the runtime defines as globals.
func loadServerModule(a api.OnLoadArgs) (api.OnLoadResult, error) {
	global := "__attioRootSDK"
	if a.Path == "attio/server" {
		global = "__attioServerSDK"
	}
	contents := "module.exports = globalThis." + global + ";"
	return api.OnLoadResult{Contents: &contents, Loader: api.LoaderJS}, nil
}

// hasPackage reports whether node_modules/name exists between dir and the app folder.
func hasPackage(dir, appDir, name string) bool {
	pkg := strings.SplitN(name, "/", 2)[0]
	for d := dir; ; d = filepath.Dir(d) {
		if info, err := os.Stat(filepath.Join(d, "node_modules", pkg)); err == nil && info.IsDir() {
			return true
		}
		if d == appDir || d == filepath.Dir(d) {
			return false
		}
	}
}
