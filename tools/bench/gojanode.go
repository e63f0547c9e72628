//go:build ignore

// Gojanode runs the same CPU-bound server function in goja (through the studio's runtime, as a
// server call runs) and in Node, over the same server bundle, and prints the ratio. Run it from
// the repository root:
//
//	go run ./tools/bench/gojanode.go [-runs 5] [-count 20000]
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"time"

	"attio-studio/backend/bundle"
	"attio-studio/backend/project"
	"attio-studio/backend/runtime"
)

const function = "score-leads.server"

func main() {
	runs := flag.Int("runs", 5, "timed runs on each engine (after one warm-up run)")
	count := flag.Int("count", 20000, "how many leads the function scores")
	app := flag.String("app", "tools/bench/cpu-app", "the app holding the function")
	flag.Parse()
	if err := run(*app, *runs, *count); err != nil {
		fmt.Fprintln(os.Stderr, "gojanode:", err)
		os.Exit(1)
	}
}

func run(app string, runs, count int) error {
	code, err := serverBundle(app)
	if err != nil {
		return err
	}
	arg := fmt.Sprint(count)

	gojaMs, gojaResult, err := inGoja(code, runs, arg)
	if err != nil {
		return fmt.Errorf("goja: %w", err)
	}
	nodeMs, nodeResult, err := inNode(code, runs, arg)
	if err != nil {
		return fmt.Errorf("node: %w", err)
	}
	fmt.Printf("function  %s(%s) from %s, median of %d runs\n", function, arg, app, runs)
	fmt.Printf("goja      %8.1f ms  (studio runtime: fresh VM, bundle evaluated, result checked)\n",
		gojaMs)
	fmt.Printf("node      %8.1f ms  (%s)\n", nodeMs, nodeVersion())
	fmt.Printf("ratio     %8.1f× slower in goja\n", gojaMs/nodeMs)
	if gojaResult != nodeResult {
		return fmt.Errorf("the engines disagree:\n goja %s\n node %s", gojaResult, nodeResult)
	}
	fmt.Printf("result    %s (the same on both)\n", gojaResult)
	return nil
}

// serverBundle builds the app's server bundle exactly as the studio does.
func serverBundle(dir string) ([]byte, error) {
	p, err := project.Load(dir)
	if err != nil {
		return nil, err
	}
	b := bundle.NewBuilder(bundle.Options{})
	defer b.Close()
	res := b.Build(p)
	for _, d := range res.Diagnostics {
		if d.Severity == "error" {
			return nil, fmt.Errorf("the bench app does not build: %s", d.String())
		}
	}
	return res.Server.Code, nil
}

func inGoja(code []byte, runs int, arg string) (medianMs float64, result string, err error) {
	prg, err := runtime.Compile("server.js", code)
	if err != nil {
		return 0, "", err
	}
	rt := runtime.New(prg, runtime.Services{}, runtime.Options{Timeout: 10 * time.Minute})
	args := []json.RawMessage{json.RawMessage(arg)}
	var times []float64
	for i := 0; i <= runs; i++ {
		start := time.Now()
		out, err := rt.CallFunction(context.Background(), function, args)
		if err != nil {
			return 0, "", err
		}
		if i > 0 { // the first run is the warm-up
			times = append(times, float64(time.Since(start).Microseconds())/1000)
		}
		result = string(out)
	}
	return median(times), result, nil
}

func inNode(code []byte, runs int, arg string) (medianMs float64, result string, err error) {
	dir, err := os.MkdirTemp("", "gojanode")
	if err != nil {
		return 0, "", err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "server.js")
	if err := os.WriteFile(path, code, 0o644); err != nil {
		return 0, "", err
	}
	harness, err := filepath.Abs("tools/bench/node-harness.mjs")
	if err != nil {
		return 0, "", err
	}
	out, err := exec.Command("node", harness, path, function, fmt.Sprint(runs), arg).Output()
	if err != nil {
		return 0, "", fmt.Errorf("run node (is it installed?): %w", err)
	}
	var answer struct {
		MedianMs float64         `json:"medianMs"`
		Result   json.RawMessage `json:"result"`
	}
	if err := json.Unmarshal(out, &answer); err != nil {
		return 0, "", fmt.Errorf("read the harness output %q: %w", out, err)
	}
	return answer.MedianMs, string(answer.Result), nil
}

func median(xs []float64) float64 {
	sort.Float64s(xs)
	return xs[(len(xs)-1)/2]
}

func nodeVersion() string {
	out, err := exec.Command("node", "--version").Output()
	if err != nil {
		return "node"
	}
	return "node " + string(out[:len(out)-1])
}
