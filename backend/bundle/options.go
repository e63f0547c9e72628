package bundle

import (
	"path/filepath"

	"github.com/evanw/esbuild/pkg/api"

	"attio-studio/backend/project"
)

// BaseOptions are shared by both bundles (and by the benchmark that times esbuild alone on an
// app). The target is one goja runs (TOOLCHAIN.md): ES2020 with async generators and for-await
// lowered. Nothing is written to disk: the output paths only make source-map paths relative to
// the app folder (src/...).
func BaseOptions(p *project.Project, outfile string) api.BuildOptions {
	return api.BuildOptions{
		Stdin: &api.StdinOptions{
			ResolveDir: p.Dir,
			Sourcefile: entryName,
			Loader:     api.LoaderJS,
		},
		AbsWorkingDir: p.Dir,
		Outfile:       filepath.Join(p.Dir, outfile),
		Bundle:        true,
		Write:         false,
		Format:        api.FormatIIFE,
		Platform:      api.PlatformBrowser,
		Target:        api.ES2020,
		Supported:     map[string]bool{"async-generator": false, "for-await": false},
		Charset:       api.CharsetUTF8,
		LogLevel:      api.LogLevelSilent,
		Define:        map[string]string{"process.env.NODE_ENV": `"development"`},
		Loader: map[string]api.Loader{
			".graphql": api.LoaderText,
			".gql":     api.LoaderText,
			".png":     api.LoaderDataURL,
		},
	}
}

// clientOptions build the code that runs in the studio page. JSX goes through the dev runtime so
// each element carries its source file and line, which the studio uses to name the place of an
// HTML element the app must not render.
func clientOptions(p *project.Project, opts Options) api.BuildOptions {
	o := BaseOptions(p, "client.js")
	// Async functions become generators driven by the bundle's Promise, which the studio page
	// provides: each resumption after an await then runs under the call (the action, the
	// dialog, the widget) that was running when the await began, as Attio's own page knows.
	o.Supported = map[string]bool{"async-generator": false, "for-await": false, "async-await": false}
	o.Sourcemap = api.SourceMapInlineAndExternal
	o.JSX = api.JSXAutomatic
	o.JSXDev = true
	o.Inject = []string{namespace + ":client-globals"}
	o.Plugins = []api.Plugin{clientPlugin(p, opts)}
	return o
}

// serverOptions build the code goja runs; goja reads the inline source map itself.
func serverOptions(p *project.Project, opts Options) api.BuildOptions {
	o := BaseOptions(p, "server.js")
	o.Sourcemap = api.SourceMapInline
	o.Plugins = []api.Plugin{serverPlugin(p)}
	return o
}
