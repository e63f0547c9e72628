package webhooks

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
)

// freePort returns a port nothing listens on (at the time of the call).
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// occupy listens on a free port until the test ends and returns it.
func occupy(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l.Addr().(*net.TCPAddr).Port
}

func startOn(t *testing.T, port int) *Server {
	t.Helper()
	srv, _ := newServer(t, (&echo{}).dispatch)
	srv.Close() // newServer started it on a random port
	if err := srv.Start(port); err != nil {
		t.Fatal(err)
	}
	return srv
}

func TestStartKeepsTheSavedPort(t *testing.T) {
	port := freePort(t)
	srv := startOn(t, port)
	if srv.Port() != port || srv.BaseURL() != fmt.Sprintf("http://127.0.0.1:%d", port) {
		t.Errorf("listening on %d (%s), want %d", srv.Port(), srv.BaseURL(), port)
	}
}

func TestStartFallsBackWhenThePortIsTaken(t *testing.T) {
	taken := occupy(t)
	srv := startOn(t, taken)
	if srv.Port() == 0 || srv.Port() == taken {
		t.Errorf("port %d; want a free one other than %d", srv.Port(), taken)
	}
}

func TestSetPortMovesTheServer(t *testing.T) {
	srv, e, h := newEchoServer(t, "x")
	oldURL := h.URL
	port := freePort(t)
	if err := srv.SetPort(port); err != nil {
		t.Fatal(err)
	}
	moved, _ := srv.handlers.Get(context.Background(), h.ID)
	wantPrefix := fmt.Sprintf("http://127.0.0.1:%d/", port)
	if srv.Port() != port || !strings.HasPrefix(moved.URL, wantPrefix) {
		t.Fatalf("port %d, handler URL %s", srv.Port(), moved.URL)
	}
	res, err := http.Post(moved.URL, "text/plain", strings.NewReader("hi"))
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("new URL: %v", err)
	}
	res.Body.Close()
	if _, _, body := e.last(); body != "hi" {
		t.Errorf("handler got %q", body)
	}
	if res, err := http.Post(oldURL, "text/plain", nil); err == nil {
		res.Body.Close()
		t.Errorf("the old port still answers")
	}

	taken := occupy(t)
	if err := srv.SetPort(taken); err == nil || !strings.Contains(err.Error(),
		fmt.Sprint(taken)) {
		t.Errorf("moving to a taken port: %v", err)
	}
	if srv.Port() != port {
		t.Errorf("a failed move left the server on %d, want %d", srv.Port(), port)
	}
	if err := srv.SetPort(70000); err == nil {
		t.Error("moved to port 70000")
	}
}

func TestServerListensOnLoopbackOnly(t *testing.T) {
	srv, _, _ := newEchoServer(t, "x")
	srv.mu.Lock()
	addr := srv.listener.Addr().(*net.TCPAddr)
	srv.mu.Unlock()
	if !addr.IP.Equal(net.IPv4(127, 0, 0, 1)) {
		t.Errorf("listening on %v", addr)
	}
}
