package webhooks

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"attio-studio/backend/store"
)

func newServer(t testing.TB, dispatch Dispatch) (*Server, *Handlers) {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "data.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var srv *Server
	handlers := NewHandlers(st, func() string { return srv.BaseURL() })
	srv = NewServer(handlers, dispatch, slog.New(slog.DiscardHandler))
	if err := srv.Start(0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return srv, handlers
}

func TestDeliveryReachesTheHandlerFile(t *testing.T) {
	var got struct {
		file, method, query, body, header string
	}
	srv, handlers := newServer(t, func(_ context.Context, h Handler,
		r *http.Request) (*Response, error) {
		body, _ := io.ReadAll(r.Body)
		got.file, got.method, got.query = h.FileName, r.Method, r.URL.RawQuery
		got.body = string(body)
		got.header = r.Header.Get("X-Signature")
		return &Response{Status: 202, Header: http.Header{"X-Handled": {"yes"}},
			Body: []byte("ok")}, nil
	})
	h, err := handlers.Create(context.Background(), "lead-processed")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h.URL, srv.BaseURL()+"/webhooks/") ||
		!strings.HasPrefix(h.URL, "http://127.0.0.1:") {
		t.Fatalf("handler URL %q", h.URL)
	}
	req, _ := http.NewRequest("PUT", h.URL+"?a=1", strings.NewReader(`{"x":1}`))
	req.Header.Set("X-Signature", "abc")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != 202 || string(body) != "ok" || res.Header.Get("X-Handled") != "yes" {
		t.Errorf("response %d %q %v", res.StatusCode, body, res.Header)
	}
	if got.file != "lead-processed" || got.method != "PUT" || got.query != "a=1" ||
		got.body != `{"x":1}` || got.header != "abc" {
		t.Errorf("handler saw %+v", got)
	}
}

func TestBadRequestsGet4xx(t *testing.T) {
	srv, handlers := newServer(t, func(_ context.Context, h Handler,
		r *http.Request) (*Response, error) {
		return &Response{Status: 200}, nil
	})
	h, _ := handlers.Create(context.Background(), "x")
	tests := []struct {
		name   string
		url    string
		body   string
		status int
	}{
		{"unknown id", srv.BaseURL() + "/webhooks/nope", "", 404},
		{"no id", srv.BaseURL() + "/webhooks/", "", 404},
		{"other path", srv.BaseURL() + "/", "", 404},
		{"too large", h.URL, strings.Repeat("x", MaxBodyBytes+1), 413},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := http.Post(tt.url, "text/plain", strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != tt.status {
				t.Errorf("status %d, want %d", res.StatusCode, tt.status)
			}
		})
	}
}

func TestHandlerLifecycle(t *testing.T) {
	_, handlers := newServer(t, nil)
	ctx := context.Background()
	a, _ := handlers.Create(ctx, "a")
	handlers.Create(ctx, "b")
	if err := handlers.Update(ctx, a.ID, "ext-1"); err != nil {
		t.Fatal(err)
	}
	got, _ := handlers.Get(ctx, a.ID)
	if got.ExternalWebhookID == nil || *got.ExternalWebhookID != "ext-1" {
		t.Errorf("external id %v", got.ExternalWebhookID)
	}
	handlers.Delete(ctx, a.ID)
	list, _ := handlers.List(ctx)
	if len(list) != 1 || list[0].FileName != "b" {
		t.Errorf("after delete: %+v", list)
	}
	if _, err := handlers.Get(ctx, a.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("get deleted: %v", err)
	}
	if err := handlers.Update(ctx, a.ID, "x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("update deleted: %v", err)
	}
}
