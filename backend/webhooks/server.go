package webhooks

import (
	"bytes"
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

// Response is what a handler file answered. CallID is the recorded call that ran it, kept with
// the delivery so the studio can link the two.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
	CallID string
}

// Dispatch runs handler h's file with the delivery r. DispatchedFrom(ctx) says which delivery
// it is and what caused it. An error means the handler did not run or threw; the sender gets a
// 500 naming it.
type Dispatch func(ctx context.Context, h Handler, r *http.Request) (*Response, error)

// Server serves every handler's URL on 127.0.0.1 and nothing else, and keeps every delivery.
// Its methods are safe for concurrent use. Send, Replay and DeliverFile run handlers
// in-process and work whether or not the server listens.
type Server struct {
	handlers *Handlers
	dispatch Dispatch
	logger   *slog.Logger

	mu       sync.Mutex
	listener net.Listener
	srv      *http.Server

	subMu  sync.Mutex
	subs   map[int]func(Delivery)
	subSeq int
}

// NewServer returns a stopped server. A nil logger discards.
func NewServer(handlers *Handlers, dispatch Dispatch, logger *slog.Logger) *Server {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Server{handlers: handlers, dispatch: dispatch, logger: logger}
}

// Start listens on 127.0.0.1:port; port 0 picks a free one. When the port is taken it falls back
// to a free one and says so in the log, so a stale port never stops the studio; Port tells
// which one it got. Handler URLs follow the port.
func (s *Server) Start(port int) error {
	l, err := listen(port)
	if err != nil && port != 0 {
		s.logger.Warn("webhook port is taken; using another", "port", port, "err", err)
		l, err = listen(0)
	}
	if err != nil {
		return err
	}
	s.serve(l)
	s.logger.Info("webhook server listening", "url", s.BaseURL())
	return nil
}

// SetPort moves the server to 127.0.0.1:port (0 picks a free one). Unlike Start it does not
// fall back: the user chose this port, so a taken one is an error and the server stays where
// it was. Deliveries in flight on the old port finish.
func (s *Server) SetPort(port int) error {
	if port < 0 || port > 65535 {
		return fmt.Errorf("port %d is not a TCP port (1 to 65535, or 0 for any free one)", port)
	}
	l, err := listen(port)
	if err != nil {
		return err
	}
	s.serve(l)
	s.logger.Info("webhook server moved", "url", s.BaseURL())
	return nil
}

func listen(port int) (net.Listener, error) {
	l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		return nil, fmt.Errorf("listen for webhooks on 127.0.0.1:%d: %w", port, err)
	}
	return l, nil
}

// serve starts serving l. A server already running stops taking requests on its port at once;
// the requests in flight there finish in the background.
func (s *Server) serve(l net.Listener) {
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second,
		MaxHeaderBytes: 1 << 20, ErrorLog: slog.NewLogLogger(s.logger.Handler(), slog.LevelDebug)}
	s.mu.Lock()
	old, oldListener := s.srv, s.listener
	s.listener, s.srv = l, srv
	s.mu.Unlock()
	go func() {
		err := srv.Serve(l)
		if err != nil && !errors.Is(err, http.ErrServerClosed) && !errors.Is(err, net.ErrClosed) {
			s.logger.Error("webhook server stopped", "err", err)
		}
	}()
	if old != nil {
		oldListener.Close()
		go s.shutdown(old)
	}
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
	return s.shutdown(srv)
}

func (s *Server) shutdown(srv *http.Server) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return srv.Shutdown(ctx)
}

// ServeHTTP answers /webhooks/<handler id> with any method. Requests to other paths get 404
// and are not kept; requests to a handler path are kept even when refused, so a third party
// calling an old handler shows up. The Host header is not checked: tunnels that forward a
// public URL to this port keep their own.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	id, ok := strings.CutPrefix(r.URL.Path, "/webhooks/")
	if !ok || id == "" || strings.Contains(id, "/") {
		writeError(w, http.StatusNotFound,
			"No webhook handler at this URL; handler URLs look like /webhooks/<id>")
		return
	}
	src := source{origin: OriginHTTP}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	var tooLarge *http.MaxBytesError
	if err != nil {
		status, message := http.StatusBadRequest, "Could not read the request body: "+err.Error()
		if errors.As(err, &tooLarge) {
			status = http.StatusRequestEntityTooLarge
			message = fmt.Sprintf("The request body is larger than %d MiB", MaxBodyBytes>>20)
		}
		_, res := s.record(id, r, nil, src,
			func(d *Delivery) *Response { return refuse(d, status, message) })
		writeResponse(w, res)
		return
	}
	_, res := s.deliver(r.Context(), id, r, body, src)
	writeResponse(w, res)
}

func writeResponse(w http.ResponseWriter, res *Response) {
	for k, vs := range res.Header {
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
	w.WriteHeader(res.Status)
	w.Write(res.Body)
}

func writeError(w http.ResponseWriter, status int, message string) {
	writeResponse(w, errorResponse(status, message))
}

// errorResponse is the JSON error body the server sends for what it refuses.
func errorResponse(status int, message string) *Response {
	var body bytes.Buffer
	enc := json.NewEncoder(&body)
	enc.SetEscapeHTML(false) // the message is read by people and curl, not put in a page
	enc.Encode(map[string]any{"status_code": status, "message": message})
	return &Response{Status: status, Body: body.Bytes(),
		Header: http.Header{"Content-Type": {"application/json"}}}
}
