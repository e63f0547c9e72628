//go:build ignore

// Gojanode runs the same server functions in goja (through the studio's runtime, as a server
// call runs) and in Node, over the same server bundle, and prints both medians and their ratio:
// a CPU-bound function (the engine's speed) and an I/O-bound one (fetches to a local HTTP server
// and a timer, so mostly waiting). Run it from the repository root:
//
//	go run ./tools/bench/gojanode.go [-runs 7] [-count 20000] [-pages 5]
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"attio-studio/backend/bundle"
	"attio-studio/backend/project"
	"attio-studio/backend/runtime"
)

// latency is how long the local lead API takes to answer each request, like a nearby service.
const latency = time.Millisecond

// leadsPerPage is how many leads one page lists, each fetched on its own.
const leadsPerPage = 10

type workload struct {
	name, function string
	args           []any
	what           string
}

func main() {
	runs := flag.Int("runs", 7, "timed runs of each function on each engine (after one warm-up run)")
	count := flag.Int("count", 20000, "how many leads the CPU-bound function scores")
	pages := flag.Int("pages", 5, "how many pages of leads the I/O-bound function fetches")
	app := flag.String("app", "tools/bench/server-app", "the app holding the functions")
	flag.Parse()
	if err := run(*app, *runs, *count, *pages); err != nil {
		fmt.Fprintln(os.Stderr, "gojanode:", err)
		os.Exit(1)
	}
}

func run(app string, runs, count, pages int) error {
	code, err := serverBundle(app)
	if err != nil {
		return err
	}
	api := httptest.NewServer(leadAPI())
	defer api.Close()

	workloads := []workload{
		{"cpu-bound", "score-leads.server", []any{count},
			fmt.Sprintf("scores, sorts and serialises %d leads, counts primes", count)},
		{"i/o-bound", "fetch-leads.server", []any{api.URL, pages},
			fmt.Sprintf("%d fetches (%d pages of %d, %s each) and %d timers", pages*(1+leadsPerPage),
				pages, leadsPerPage, latency, pages)},
	}
	fmt.Printf("goja against Node on the same server bundle (%s), median of %d runs after a warm-up\n",
		app, runs)
	fmt.Printf("goja runs each call as the studio does: a fresh VM, the bundle evaluated; %s\n",
		nodeVersion())
	fmt.Printf("%-10s %-20s %10s %10s %8s  %s\n", "workload", "function", "goja ms", "node ms",
		"ratio", "what it does")
	for _, w := range workloads {
		raw, err := json.Marshal(w.args)
		if err != nil {
			return err
		}
		gojaMs, gojaResult, err := inGoja(code, w.function, runs, raw)
		if err != nil {
			return fmt.Errorf("goja, %s: %w", w.function, err)
		}
		nodeMs, nodeResult, err := inNode(code, w.function, runs, raw)
		if err != nil {
			return fmt.Errorf("node, %s: %w", w.function, err)
		}
		if gojaResult != nodeResult {
			return fmt.Errorf("the engines disagree on %s:\n goja %s\n node %s", w.function,
				gojaResult, nodeResult)
		}
		fmt.Printf("%-10s %-20s %10.1f %10.1f %7.1f×  %s\n", w.name, w.function, gojaMs, nodeMs,
			gojaMs/nodeMs, w.what)
	}
	return nil
}

// leadAPI answers GET /leads?page=N with a page of lead ids and GET /leads/ID with one lead,
// each after the same small delay.
func leadAPI() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /leads", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(latency)
		page := r.URL.Query().Get("page")
		ids := make([]string, leadsPerPage)
		for i := range ids {
			ids[i] = fmt.Sprintf("lead_%s_%d", page, i)
		}
		writeJSON(w, map[string]any{"ids": ids})
	})
	mux.HandleFunc("GET /leads/{id}", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(latency)
		id := r.PathValue("id")
		tags := []string{"saas", "fintech", "health"}[:len(id)%3+1]
		writeJSON(w, map[string]any{"id": id, "score": len(id) * 7 % 13, "tags": tags})
	})
	return mux
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
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

func inGoja(code []byte, function string, runs int, rawArgs []byte) (medianMs float64, result string,
	err error) {
	prg, err := runtime.Compile("server.js", code)
	if err != nil {
		return 0, "", err
	}
	client := &http.Client{}
	services := runtime.Services{Fetch: func(ctx context.Context, req *http.Request) (*http.Response,
		error) {
		return client.Do(req.WithContext(ctx))
	}}
	rt := runtime.New(prg, services, runtime.Options{Timeout: 10 * time.Minute})
	var args []json.RawMessage
	if err := json.Unmarshal(rawArgs, &args); err != nil {
		return 0, "", err
	}
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

func inNode(code []byte, function string, runs int, rawArgs []byte) (medianMs float64, result string,
	err error) {
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
	cmd := exec.Command("node", harness, path, function, fmt.Sprint(runs), string(rawArgs))
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
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
	return "node " + strings.TrimSpace(string(out))
}
