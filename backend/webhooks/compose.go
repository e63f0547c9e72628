package webhooks

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// Request is a delivery composed in the studio: the request composer, saved templates and the
// command line's "webhooks send".
type Request struct {
	Method  string        `json:"method,omitempty"` // "" means POST
	Query   string        `json:"query,omitempty"`  // the query string, without "?"
	Headers []HeaderField `json:"headers,omitempty"`
	Body    string        `json:"body,omitempty"`
	// Signing, when set, signs Body into a header as the third party would.
	Signing *Signing `json:"signing,omitempty"`
}

// Validate reports the first part of r that no HTTP request can carry, naming it.
func (r Request) Validate() error {
	if r.Method != "" && !validToken(r.Method) {
		return fmt.Errorf("method %q is not an HTTP method", r.Method)
	}
	if _, err := url.ParseQuery(r.Query); err != nil {
		return fmt.Errorf("query %q is not a query string: %w", r.Query, err)
	}
	for _, f := range r.Headers {
		if !validToken(f.Name) {
			return fmt.Errorf("header name %q is not valid", f.Name)
		}
		if strings.ContainsAny(f.Value, "\r\n\x00") {
			return fmt.Errorf("the value of header %s has a line break", f.Name)
		}
	}
	if r.Signing != nil {
		if err := r.Signing.Validate(); err != nil {
			return err
		}
	}
	return nil
}

func (r Request) method() string {
	if r.Method == "" {
		return http.MethodPost
	}
	return strings.ToUpper(r.Method)
}

// header is r's headers with the signature of its body, when it is signed.
func (r Request) header() http.Header {
	h := toHeader(r.Headers)
	if r.Signing != nil {
		r.Signing.Apply(h, []byte(r.Body))
	}
	return h
}

// Send delivers r to target and returns the kept delivery, whose Status and Response are what
// the handler answered. target is a handler id, a handler URL of this studio (its query string
// is used when r has none), or a handler file name, which means the newest handler of that
// file. An unknown target is an error wrapping ErrNotFound, and nothing is kept.
func (s *Server) Send(ctx context.Context, target string, r Request) (Delivery, error) {
	if err := r.Validate(); err != nil {
		return Delivery{}, err
	}
	h, query, err := s.resolve(ctx, target)
	if err != nil {
		return Delivery{}, err
	}
	if r.Query != "" {
		query = r.Query
	}
	body := []byte(r.Body)
	req, err := s.inProcessRequest(ctx, r.method(), h.ID, query, r.header(), body)
	if err != nil {
		return Delivery{}, err
	}
	d, _ := s.deliver(ctx, h.ID, req, body, source{origin: OriginComposer, signing: r.Signing})
	return d, nil
}

// Replay sends a kept delivery again to the same handler, with the same method, query,
// headers and body, signed again when it was signed by the studio. A delivery whose body was
// cut when kept cannot be replayed, nor one whose handler was deleted.
func (s *Server) Replay(ctx context.Context, id string) (Delivery, error) {
	old, err := s.Delivery(id)
	if err != nil {
		return Delivery{}, err
	}
	r, err := old.AsRequest()
	if err != nil {
		return Delivery{}, err
	}
	target, err := s.replayTarget(ctx, old)
	if err != nil {
		return Delivery{}, err
	}
	body := []byte(r.Body)
	req, err := s.inProcessRequest(ctx, r.method(), target, r.Query, r.header(), body)
	if err != nil {
		return Delivery{}, err
	}
	d, _ := s.deliver(ctx, target, req, body,
		source{origin: OriginReplay, replayOf: id, signing: old.Signing})
	return d, nil
}

// replayTarget is the handler a replay of old goes to: its own, or, for a callback that found
// no handler, the first one registered for its file since.
func (s *Server) replayTarget(ctx context.Context, old Delivery) (string, error) {
	if old.HandlerID == "" && old.Origin == OriginCallback && old.FileName != "" {
		list, err := s.handlers.ByFileName(ctx, old.FileName)
		if err != nil {
			return "", err
		}
		if len(list) == 0 {
			return "", fmt.Errorf("delivery %s cannot be replayed: still no webhook handler is "+
				"registered for the file %q: %w", old.ID, old.FileName, ErrNotFound)
		}
		return list[0].ID, nil
	}
	if _, err := s.handlers.Get(ctx, old.HandlerID); err != nil {
		return "", fmt.Errorf("delivery %s cannot be replayed: its handler is gone; "+
			"send it to another handler from the composer: %w", old.ID, err)
	}
	return old.HandlerID, nil
}

// AsRequest is the kept delivery as a composer request, to replay it, edit it or copy it as
// curl. It fails when the body was cut when kept.
func (d Delivery) AsRequest() (Request, error) {
	if d.Request.Truncated {
		return Request{}, fmt.Errorf("delivery %s had a body of %d bytes, larger than the "+
			"%d kept, so it cannot be sent again", d.ID, d.Request.Size, MaxCapturedBody)
	}
	body, err := d.Request.Bytes()
	if err != nil {
		return Request{}, fmt.Errorf("delivery %s has a damaged body: %w", d.ID, err)
	}
	var query string
	if u, err := url.Parse(d.URL); err == nil {
		query = u.RawQuery
	}
	var headers []HeaderField
	for _, f := range d.Request.Headers {
		if !hopHeaders[http.CanonicalHeaderKey(f.Name)] {
			headers = append(headers, f)
		}
	}
	return Request{Method: d.Method, Query: query, Headers: headers, Body: string(body),
		Signing: d.Signing}, nil
}

// hopHeaders describe one connection, not the request, and are made again when it is sent.
var hopHeaders = map[string]bool{"Host": true, "Content-Length": true, "Connection": true,
	"Transfer-Encoding": true, "Keep-Alive": true, "Te": true, "Trailer": true, "Upgrade": true,
	"Accept-Encoding": true}

// resolve finds the handler target names (see Send) and the query string a URL carried.
func (s *Server) resolve(ctx context.Context, target string) (Handler, string, error) {
	target = strings.TrimSpace(target)
	if strings.Contains(target, "://") {
		id, query, err := handlerURL(target)
		if err != nil {
			return Handler{}, "", err
		}
		h, err := s.handlers.Get(ctx, id)
		return h, query, err
	}
	if h, err := s.handlers.Get(ctx, target); !errors.Is(err, ErrNotFound) {
		return h, "", err
	}
	handlers, err := s.handlers.ByFileName(ctx, target)
	if err != nil {
		return Handler{}, "", err
	}
	if len(handlers) == 0 {
		return Handler{}, "", fmt.Errorf("no webhook handler has the id or file name %q: %w",
			target, ErrNotFound)
	}
	return handlers[len(handlers)-1], "", nil
}

// handlerURL reads the handler id and query string of a handler URL of this machine. Any port
// is accepted, so a URL copied before the port changed still works.
func handlerURL(raw string) (id, query string, err error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", "", fmt.Errorf("%q is not a URL: %w", raw, err)
	}
	id, ok := strings.CutPrefix(u.Path, "/webhooks/")
	ip := net.ParseIP(u.Hostname())
	loopback := u.Hostname() == "localhost" || (ip != nil && ip.IsLoopback())
	if !ok || id == "" || strings.Contains(id, "/") || !loopback {
		return "", "", fmt.Errorf("%q is not a webhook handler URL of this studio; they look "+
			"like http://127.0.0.1:PORT/webhooks/<id>", raw)
	}
	return id, u.RawQuery, nil
}

// CurlFor is Curl for r sent to target (as Send takes it), at the handler's current URL.
func (s *Server) CurlFor(ctx context.Context, target string, r Request) (string, error) {
	if err := r.Validate(); err != nil {
		return "", err
	}
	h, query, err := s.resolve(ctx, target)
	if err != nil {
		return "", err
	}
	if r.Query == "" {
		r.Query = query
	}
	return Curl(h.URL, r), nil
}
