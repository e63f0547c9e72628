package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"attio-studio/backend/calllog"
	"attio-studio/backend/server"
	"attio-studio/backend/studio"
)

// exampleWithCalls copies the example and runs its server function twice through the call
// verb: once for a missing record (an error) and once for Ada.
func exampleWithCalls(t *testing.T) (dir, data string) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "app")
	if err := os.CopyFS(dir, os.DirFS(example)); err != nil {
		t.Fatal(err)
	}
	data = filepath.Join(t.TempDir(), "data.db")
	run(t, "call", "--data", data, dir, "send-to-alc.server", `"nobody"`, `"No One"`, `"+1"`)
	return dir, data
}

var callLinePattern = regexp.MustCompile(
	`^\d\d:\d\d:\d\d\.\d{3} \d{12} [a-z-]+ \S+ (ok|error) \S+`)

func TestLogsPrintsTheRecordedCallsOldestFirst(t *testing.T) {
	dir, data := exampleWithCalls(t)
	out, stderr, code := run(t, "logs", "--data", data, dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	last := lines[len(lines)-1]
	for _, want := range []string{"send-to-alc.server error", "console=1 requests=2",
		`error="Error: attioFetch PATCH /objects/people/records/nobody failed`,
		"at=src/send-to-alc.server.ts:22:9"} {
		if !strings.Contains(last, want) {
			t.Errorf("last line %q lacks %q", last, want)
		}
	}
	for _, line := range lines {
		if !callLinePattern.MatchString(line) {
			t.Errorf("line %q is not a call line", line)
		}
	}

	out, _, code = run(t, "logs", "--json", "-n", "1", "--data", data, dir)
	var c calllog.Call
	if code != 0 || strings.Count(out, "\n") != 1 || json.Unmarshal([]byte(out), &c) != nil ||
		c.Name != "send-to-alc.server" {
		t.Errorf("--json -n 1: exit %d %q", code, out)
	}
}

func TestLogsExplainsWhatItCannotRead(t *testing.T) {
	dir, data := exampleWithCalls(t)
	s, err := studio.Open(studio.Options{Dir: dir, DataFile: data})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"a running studio's file", []string{"logs", "--data", data, dir},
			"another studio has " + data + " open"},
		{"follow without an address", []string{"logs", "--follow", dir}, "--follow needs --addr"},
		{"an app that never ran", []string{"logs", "--data", filepath.Join(t.TempDir(), "x.db"),
			dir}, "has no data file yet"},
		{"no studio at the address", []string{"logs", "--addr", "127.0.0.1:1"},
			"could not reach a studio"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := run(t, tt.args...)
			if code != 1 || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q, want it to contain %q", code, stderr, tt.want)
			}
		})
	}
}

// syncBuffer is a bytes.Buffer written by one goroutine while a test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestLogsFollowsAServingStudio(t *testing.T) {
	dir, data := exampleWithCalls(t)
	s, err := studio.Open(studio.Options{Dir: dir, DataFile: data})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	srv := httptest.NewServer(server.New(s, fstest.MapFS{}, slog.New(slog.DiscardHandler)))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")

	out, stderr, code := run(t, "logs", "--addr", addr, "-n", "5")
	if code != 0 || !strings.Contains(out, "send-to-alc.server error") {
		t.Fatalf("exit %d: %s%s", code, out, stderr)
	}

	ctx, cancel := context.WithCancel(context.Background())
	var followed syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- logsFromServer(ctx, addr, 0, true, callPrinter{w: &followed})
	}()
	time.Sleep(200 * time.Millisecond) // the WebSocket is open; a call made now must show
	id := s.StartCall(calllog.KindRecordAction, "send-to-alc", nil, "")
	s.FinishCall(id, nil)
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(followed.String(), id+" record-action send-to-alc ok") {
		if time.Now().After(deadline) {
			t.Fatalf("the new call was not followed; printed %q", followed.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if strings.Count(followed.String(), id) != 1 {
		t.Errorf("the call was printed more than once: %q", followed.String())
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("follow ended with %v", err)
	}
}
