// Package server is serve mode: the studio page and the session's API over HTTP and a WebSocket
// on 127.0.0.1, so the same UI runs in any browser, in tests and on machines without a display.
package server

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"attio-studio/backend/studio"
)

// Server serves one session. It is an http.Handler.
type Server struct {
	methods  map[string]method
	session  *studio.Session
	frontend http.Handler
	logger   *slog.Logger
	mux      *http.ServeMux
}

// New returns a server for session, serving the built studio page from frontend.
func New(session *studio.Session, frontend fs.FS, logger *slog.Logger) *Server {
	s := &Server{
		methods:  methodsOf(studio.NewAPI(session)),
		session:  session,
		frontend: http.FileServerFS(frontend),
		logger:   logger,
		mux:      http.NewServeMux(),
	}
	s.mux.HandleFunc("POST /api/{method}", s.serveMethod)
	s.mux.HandleFunc("GET /api/events", s.serveEvents)
	s.mux.Handle("/v2/", session.AttioAPI())
	s.mux.Handle("/", s.frontend)
	return s
}

// ServeHTTP refuses requests addressed to any host but the loopback one, so a web page elsewhere
// cannot reach the studio through DNS rebinding.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !loopbackHost(r.Host) {
		http.Error(w, "The studio only answers requests addressed to 127.0.0.1 or localhost",
			http.StatusForbidden)
		return
	}
	s.mux.ServeHTTP(w, r)
}

func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// Listen opens addr, which must be a loopback address ("127.0.0.1:0" picks a free port).
func Listen(addr string) (net.Listener, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("address %q: %w", addr, err)
	}
	if !loopbackHost(host) {
		return nil, fmt.Errorf("address %q is not on loopback; the studio only listens on 127.0.0.1",
			addr)
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	// "localhost" is whatever the hosts file says; check what was actually bound.
	if tcp, ok := l.Addr().(*net.TCPAddr); !ok || !tcp.IP.IsLoopback() {
		l.Close()
		return nil, fmt.Errorf("address %q is not on loopback (it is %s); the studio only "+
			"listens on 127.0.0.1", addr, l.Addr())
	}
	return l, nil
}

// Serve answers on l until ctx ends.
func (s *Server) Serve(ctx context.Context, l net.Listener) error {
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	if err := srv.Serve(l); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
