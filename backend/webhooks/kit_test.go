package webhooks

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"sync"
	"testing"
)

// echo is a Dispatch that answers 200 with what the handler file received, as
// "<file> <method> <query> <body>", and remembers how each delivery was dispatched.
type echo struct {
	mu     sync.Mutex
	n      int
	seen   []Dispatched
	reqs   []*http.Request
	bodies []string
}

func (e *echo) dispatch(ctx context.Context, h Handler, r *http.Request) (*Response, error) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, err
	}
	e.mu.Lock()
	e.n++
	n := e.n
	e.seen = append(e.seen, DispatchedFrom(ctx))
	e.reqs = append(e.reqs, r)
	e.bodies = append(e.bodies, string(body))
	e.mu.Unlock()
	return &Response{Status: http.StatusOK, CallID: fmt.Sprintf("call-%d", n),
		Header: http.Header{"X-Handled": {h.FileName}},
		Body:   fmt.Appendf(nil, "%s %s %s %s", h.FileName, r.Method, r.URL.RawQuery, body)}, nil
}

// last is the latest dispatch, the request the handler got, and its body.
func (e *echo) last() (Dispatched, *http.Request, string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	n := len(e.seen) - 1
	return e.seen[n], e.reqs[n], e.bodies[n]
}

// newEchoServer is a started server whose handlers echo, with one handler for fileName.
func newEchoServer(t *testing.T, fileName string) (*Server, *echo, Handler) {
	t.Helper()
	e := &echo{}
	srv, handlers := newServer(t, e.dispatch)
	h, err := handlers.Create(context.Background(), fileName)
	if err != nil {
		t.Fatal(err)
	}
	return srv, e, h
}

func mustDeliveries(t *testing.T, s *Server, limit int) []Delivery {
	t.Helper()
	list, err := s.Deliveries(limit)
	if err != nil {
		t.Fatal(err)
	}
	return list
}
