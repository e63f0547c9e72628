package webhooks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// MaxBodyBytes is the largest delivery body the server accepts.
const MaxBodyBytes = 10 << 20

// Response is what a handler file answered.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
}

// Dispatch runs handler h's file with the delivery r.
type Dispatch func(ctx context.Context, h Handler, r *http.Request) (*Response, error)

// Server serves every handler's URL on 127.0.0.1 and nothing else.
type Server struct {
	handlers *Handlers
	dispatch Dispatch
	logger   *slog.Logger

	mu       sync.Mutex
	listener net.Listener
	srv      *http.Server
}

// NewServer returns a stopped server.
func NewServer(handlers *Handlers, dispatch Dispatch, logger *slog.Logger) *Server {
	return &Server{handlers: handlers, dispatch: dispatch, logger: logger}
}

// Start listens on 127.0.0.1:port; port 0 picks a free one. When the port is taken it falls back
// to a free one and says so in the log, so a stale port never stops the studio.
func (s *Server) Start(port int) error {
	l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil && port != 0 {
		s.logger.Warn("webhook port is taken; using another", "port", port, "err", err)
		l, err = net.Listen("tcp", "127.0.0.1:0")
	}
	if err != nil {
		return fmt.Errorf("listen for webhooks: %w", err)
	}
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	s.mu.Lock()
	s.listener, s.srv = l, srv
	s.mu.Unlock()
	go func() {
		if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.logger.Error("webhook server stopped", "err", err)
		}
	}()
	s.logger.Info("webhook server listening", "url", s.BaseURL())
	return nil
}

// BaseURL is the server's root, e.g. http://127.0.0.1:8701, or "" before Start.
func (s *Server) BaseURL() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.listener == nil {
		return ""
	}
	return "http://" + s.listener.Addr().String()
}

// Port is the port the server listens on, 0 before Start.
func (s *Server) Port() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.listener == nil {
		return 0
	}
	return s.listener.Addr().(*net.TCPAddr).Port
}

// Close stops the server, waiting up to a few seconds for deliveries in flight.
func (s *Server) Close() error {
	s.mu.Lock()
	srv := s.srv
	s.mu.Unlock()
	if srv == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return srv.Shutdown(ctx)
}

// ServeHTTP answers /webhooks/<handler id> with any method.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	id, ok := strings.CutPrefix(r.URL.Path, "/webhooks/")
	if !ok || id == "" || strings.Contains(id, "/") {
		writeError(w, http.StatusNotFound, "No webhook handler at this URL; handler URLs look like /webhooks/<id>")
		return
	}
	h, err := s.handlers.Get(r.Context(), id)
	if errors.Is(err, ErrNotFound) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("No webhook handler has the id %q", id))
		return
	}
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	if err != nil {
		writeError(w, http.StatusRequestEntityTooLarge,
			fmt.Sprintf("The request body is larger than %d bytes", MaxBodyBytes))
		return
	}
	r.Body = io.NopCloser(strings.NewReader(string(body)))
	res, err := s.dispatch(r.Context(), h, r)
	if err != nil {
		writeError(w, http.StatusInternalServerError, fmt.Sprintf("The webhook handler %s failed: %v", h.FileName, err))
		return
	}
	for k, vs := range res.Header {
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
	w.WriteHeader(res.Status)
	w.Write(res.Body)
}

func writeError(w http.ResponseWriter, status int, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"status_code": status, "message": message})
}
