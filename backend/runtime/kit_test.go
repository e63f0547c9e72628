package runtime

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"go.uber.org/goleak"

	"attio-studio/backend/calllog"
	"attio-studio/backend/store"
)

// TestMain fails the package when any goroutine (a VM's loop, a timer, a host fetch) outlives
// the tests.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// mods of a hand-written bundle: id -> JavaScript expression of the default export.
type mods map[string]string

// spec describes a hand-written server bundle. prelude is top-level code before the map.
type spec struct {
	prelude   string
	functions mods
	webhooks  mods
	events    mods
}

func (s spec) code() string {
	var b strings.Builder
	b.WriteString(s.prelude + "\nglobalThis.__attioServer = {\n")
	group := func(name, dir, suffix string, ms mods) {
		fmt.Fprintf(&b, "  %s: {\n", name)
		ids := make([]string, 0, len(ms))
		for id := range ms {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			fmt.Fprintf(&b, "    %q: { file: %q, load: () => ({ default: %s }) },\n",
				id, "src/"+dir+id+suffix, ms[id])
		}
		b.WriteString("  },\n")
	}
	group("functions", "", ".ts", s.functions)
	group("webhooks", "webhooks/", ".webhook.ts", s.webhooks)
	group("events", "events/", ".event.ts", s.events)
	b.WriteString("};\n")
	return b.String()
}

func compile(t testing.TB, s spec) *Program {
	t.Helper()
	p, err := Compile("dist/server.js", []byte(s.code()))
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	return p
}

// recorded runs fn with a context carrying a fresh call recorder and returns what it recorded.
func recorded(t testing.TB, fn func(ctx context.Context)) calllog.Call {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "data.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	l, err := calllog.Open(st, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	rec := l.Start(calllog.KindServerFunction, "test", "", nil)
	fn(calllog.WithRecorder(context.Background(), rec))
	return rec.Snapshot()
}

func args(values ...string) []json.RawMessage {
	out := make([]json.RawMessage, len(values))
	for i, v := range values {
		out[i] = json.RawMessage(v)
	}
	return out
}

// fakeFetch answers requests with a handler and remembers what it saw.
type fakeFetch struct {
	mu      sync.Mutex
	seen    []seenRequest
	handler http.HandlerFunc
	err     error
}

type seenRequest struct {
	Method, URL string
	Header      http.Header
	Body        string
}

func (f *fakeFetch) Do(ctx context.Context, req *http.Request) (*http.Response, error) {
	var body []byte
	if req.Body != nil {
		body, _ = io.ReadAll(req.Body)
	}
	f.mu.Lock()
	f.seen = append(f.seen, seenRequest{req.Method, req.URL.String(), req.Header.Clone(), string(body)})
	f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	w := &responseWriter{header: http.Header{}, status: 200}
	if f.handler != nil {
		req.Body = io.NopCloser(strings.NewReader(string(body)))
		f.handler(w, req)
	}
	return &http.Response{StatusCode: w.status, Status: fmt.Sprintf("%d %s", w.status,
		http.StatusText(w.status)), Header: w.header, Body: io.NopCloser(strings.NewReader(w.body.String()))}, nil
}

func (f *fakeFetch) requests() []seenRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]seenRequest(nil), f.seen...)
}

type responseWriter struct {
	header http.Header
	status int
	body   strings.Builder
}

func (w *responseWriter) Header() http.Header         { return w.header }
func (w *responseWriter) WriteHeader(s int)           { w.status = s }
func (w *responseWriter) Write(b []byte) (int, error) { return w.body.Write(b) }
