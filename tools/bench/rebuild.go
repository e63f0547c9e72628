//go:build ignore

// Rebuild times what happens in the studio's backend after a save, step by step, beside esbuild
// alone rebuilding the same files (the floor no bundler-based tool can beat). Each run edits one
// line of FILE (alternating two texts) and then times, on warm state as the studio has it:
//
//	esbuild   one esbuild context bundling all the app's client and server entry files into one
//	          file (an entry re-exporting each, so nothing is tree-shaken away), with the studio's
//	          target, JSX and source-map options, no plugins, react and attio left external:
//	          Context.Rebuild only
//	load      project.Load: walk src/, classify files, read package.json and attio-studio.json
//	bundle    the studio's bundle.Builder.Build: both bundles, with its plugins (server-function
//	          stubs, GraphQL validation), through its kept esbuild contexts
//	surfaces  bundle.ReadSurfaces: the client bundle run in goja to list its surfaces
//	compile   runtime.Compile: the server bundle parsed and compiled for goja
//	exports   Builder.DefaultExportDiagnostics: the server entry files' exports, read by esbuild
//	          when a file changed, else remembered
//
// Run it from the repository root:
//
//	go run ./tools/bench/rebuild.go [-runs 7] [-json] APP_DIR FILE FROM TO
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

	"github.com/evanw/esbuild/pkg/api"

	"attio-studio/backend/bundle"
	"attio-studio/backend/graphql"
	"attio-studio/backend/project"
	"attio-studio/backend/runtime"
)

var steps = []string{"esbuild", "load", "bundle", "surfaces", "compile", "exports"}

func main() {
	runs := flag.Int("runs", 7, "timed edits (after one warm-up edit)")
	asJSON := flag.Bool("json", false, "print the medians as JSON (for preview.mjs)")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the runs to this file")
	flag.Parse()
	if *profile != "" {
		f, err := os.Create(*profile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "rebuild:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	if flag.NArg() != 4 {
		fmt.Fprintln(os.Stderr, "usage: go run ./tools/bench/rebuild.go [-runs N] [-json] APP_DIR FILE FROM TO")
		os.Exit(2)
	}
	dir, file, from, to := flag.Arg(0), flag.Arg(1), flag.Arg(2), flag.Arg(3)
	medians, err := run(dir, filepath.Join(dir, file), from, to, *runs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "rebuild:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
	if *asJSON {
		json.NewEncoder(os.Stdout).Encode(medians)
		return
	}
	fmt.Printf("rebuild after editing %s in %s, median of %d edits (ms)\n", file, dir, *runs)
	for _, s := range steps {
		fmt.Printf("  %-9s %8.1f\n", s, medians[s])
	}
	fmt.Printf("  %-9s %8.1f  (load + bundle + surfaces + compile + exports: the studio's rebuild)\n", "studio",
		medians["studio"])
}

func run(dir, path, from, to string, runs int) (map[string]float64, error) {
	original, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !strings.Contains(string(original), from) {
		return nil, fmt.Errorf("%s does not contain %q", path, from)
	}
	defer os.WriteFile(path, original, 0o644)

	p, err := project.Load(dir)
	if err != nil {
		return nil, err
	}
	floor, err := esbuildContext(p)
	if err != nil {
		return nil, err
	}
	defer floor.Dispose()
	builder := bundle.NewBuilder(bundle.Options{ValidateGraphQL: graphql.ValidateDocument})
	defer builder.Close()
	// The first build of each fills the caches, as the studio's first build does at start.
	if res := floor.Rebuild(); len(res.Errors) > 0 {
		return nil, fmt.Errorf("esbuild: %s", res.Errors[0].Text)
	}
	builder.Build(p)

	times := map[string][]float64{}
	for i := 0; i <= runs; i++ {
		text := strings.Replace(string(original), from, to, 1)
		if i%2 == 1 {
			text = strings.Replace(string(original), from, from+" ", 1)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			return nil, err
		}
		step := map[string]float64{}
		timed := func(name string, fn func() error) error {
			start := time.Now()
			err := fn()
			step[name] = float64(time.Since(start).Microseconds()) / 1000
			return err
		}
		err := timed("esbuild", func() error {
			if res := floor.Rebuild(); len(res.Errors) > 0 {
				return fmt.Errorf("esbuild: %s", res.Errors[0].Text)
			}
			return nil
		})
		var res bundle.Result
		if err == nil {
			err = timed("load", func() (err error) { p, err = project.Load(dir); return err })
		}
		if err == nil {
			err = timed("bundle", func() error {
				res = builder.Build(p)
				for _, d := range res.Diagnostics {
					if d.Severity == "error" {
						return fmt.Errorf("bundle: %s", d.String())
					}
				}
				return nil
			})
		}
		if err == nil {
			err = timed("surfaces", func() error {
				if _, ds := bundle.ReadSurfaces(res.Client.Code, p.Dir); len(ds) > 0 {
					return fmt.Errorf("surfaces: %s", ds[0].String())
				}
				return nil
			})
		}
		if err == nil {
			err = timed("compile", func() error {
				_, err := runtime.Compile("server.js", res.Server.Code)
				return err
			})
		}
		if err == nil {
			err = timed("exports", func() error {
				if ds := builder.DefaultExportDiagnostics(p); len(ds) > 0 {
					return fmt.Errorf("exports: %s", ds[0].String())
				}
				return nil
			})
		}
		if err != nil {
			return nil, err
		}
		if i == 0 {
			continue // the warm-up edit
		}
		step["studio"] = step["load"] + step["bundle"] + step["surfaces"] + step["compile"] +
			step["exports"]
		for name, ms := range step {
			times[name] = append(times[name], ms)
		}
	}
	medians := map[string]float64{}
	for name, ts := range times {
		sort.Float64s(ts)
		medians[name] = ts[(len(ts)-1)/2]
	}
	return medians, nil
}

// esbuildContext is esbuild alone over the app's entry files, with the options the studio's
// bundles share and none of its plugins.
func esbuildContext(p *project.Project) (api.BuildContext, error) {
	files := append([]string(nil), p.ClientFiles...)
	for _, group := range [][]project.Entry{p.ServerFunctions, p.Webhooks, p.Events} {
		for _, e := range group {
			files = append(files, e.File)
		}
	}
	var entry strings.Builder
	for i, f := range files {
		fmt.Fprintf(&entry, "export * as m%d from %q;\n", i, "./"+f)
	}
	opts := bundle.BaseOptions(p, "out.js")
	opts.Stdin.Contents = entry.String()
	opts.Sourcemap = api.SourceMapInline
	opts.JSX, opts.JSXDev = api.JSXAutomatic, true
	opts.External = []string{"react", "react/*", "attio", "attio/*"}
	ctx, err := api.Context(opts)
	if err != nil {
		return nil, fmt.Errorf("esbuild: %s", err.Errors[0].Text)
	}
	return ctx, nil
}
