package webhooks

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
)

// Dispatched describes the delivery a Dispatch is running.
type Dispatched struct {
	DeliveryID   string
	Origin       string // OriginHTTP, OriginComposer, OriginReplay or OriginCallback
	ParentCallID string // the call that caused it, "" when it came from outside
}

type dispatchedKey struct{}

// DispatchedFrom returns the delivery ctx's Dispatch is running; zero outside a dispatch.
func DispatchedFrom(ctx context.Context) Dispatched {
	d, _ := ctx.Value(dispatchedKey{}).(Dispatched)
	return d
}

// source says where a delivery comes from.
type source struct {
	origin   string
	replayOf string
	parent   string
	signing  *Signing
}

// deliver runs req, whose body is body, through the handler id and keeps the delivery. The
// returned Response is what the sender gets; it is never nil.
func (s *Server) deliver(ctx context.Context, id string, req *http.Request, body []byte,
	src source) (Delivery, *Response) {
	return s.record(id, req, body, src, func(d *Delivery) *Response {
		return s.run(ctx, d, req, body)
	})
}

// record keeps the delivery of req with the answer run gives.
func (s *Server) record(id string, req *http.Request, body []byte, src source,
	run func(d *Delivery) *Response) (Delivery, *Response) {
	started := time.Now()
	d := Delivery{HandlerID: id, Origin: src.origin, ReplayOf: src.replayOf,
		Method: req.Method, URL: absoluteURL(req), Request: capture(req.Header, body),
		Signing: src.signing, ParentCallID: src.parent, Started: started.UTC()}
	var err error
	if d.ID, err = s.newDeliveryID(); err != nil {
		s.logger.Error("could not number a webhook delivery", "err", err)
	}
	res := run(&d)
	d.Status, d.CallID = res.Status, res.CallID
	d.Response = capture(res.Header, res.Body)
	d.DurationMs = float64(time.Since(started).Microseconds()) / 1000
	if d.ID != "" {
		s.keep(d)
	}
	s.logger.Debug("webhook delivery", "id", d.ID, "handler", id, "file", d.FileName,
		"origin", d.Origin, "status", d.Status, "error", d.Error, "ms", d.DurationMs)
	return d, res
}

// run finds the handler and dispatches to it, turning every failure into an answer.
func (s *Server) run(ctx context.Context, d *Delivery, req *http.Request,
	body []byte) *Response {
	h, err := s.handlers.Get(ctx, d.HandlerID)
	if errors.Is(err, ErrNotFound) {
		return refuse(d, http.StatusNotFound,
			fmt.Sprintf("No webhook handler has the id %q", d.HandlerID))
	}
	if err != nil {
		return refuse(d, http.StatusInternalServerError, "Could not read the webhook handlers: "+
			err.Error())
	}
	d.FileName = h.FileName
	if s.dispatch == nil {
		return refuse(d, http.StatusServiceUnavailable,
			"The studio is not ready to run webhook handlers yet")
	}
	ctx = context.WithValue(ctx, dispatchedKey{}, Dispatched{DeliveryID: d.ID,
		Origin: d.Origin, ParentCallID: d.ParentCallID})
	req = req.WithContext(ctx)
	req.Body, req.ContentLength = io.NopCloser(bytes.NewReader(body)), int64(len(body))
	res, err := s.safeDispatch(ctx, h, req)
	switch {
	case err != nil:
		callID := ""
		if res != nil {
			callID = res.CallID
		}
		out := refuse(d, http.StatusInternalServerError,
			fmt.Sprintf("The webhook handler %s failed: %v", h.FileName, err))
		out.CallID = callID
		return out
	case res == nil:
		return refuse(d, http.StatusInternalServerError,
			fmt.Sprintf("The webhook handler %s gave no answer", h.FileName))
	case res.Status < 100 || res.Status > 999:
		out := refuse(d, http.StatusInternalServerError, fmt.Sprintf(
			"The webhook handler %s answered with status %d, which is not an HTTP status",
			h.FileName, res.Status))
		out.CallID = res.CallID
		return out
	}
	return res
}

// safeDispatch keeps a panic in the studio's dispatch from taking the server down.
func (s *Server) safeDispatch(ctx context.Context, h Handler,
	req *http.Request) (res *Response, err error) {
	defer func() {
		if p := recover(); p != nil {
			s.logger.Error("webhook dispatch panicked", "file", h.FileName, "panic", p)
			res, err = nil, fmt.Errorf("the studio failed while running it: %v", p)
		}
	}()
	return s.dispatch(ctx, h, req)
}

// refuse notes why the handler did not answer and returns the error answer the sender gets.
func refuse(d *Delivery, status int, message string) *Response {
	d.Error = message
	return errorResponse(status, message)
}

// absoluteURL is the URL the sender used, as it would have typed it.
func absoluteURL(req *http.Request) string {
	if req.URL.IsAbs() {
		return req.URL.String()
	}
	return "http://" + req.Host + req.URL.RequestURI()
}

// inProcessRequest builds the request a sender on the loopback server would have made to the
// handler id, so in-process deliveries look to the handler exactly like real ones.
func (s *Server) inProcessRequest(ctx context.Context, method, id, rawQuery string,
	header http.Header, body []byte) (*http.Request, error) {
	uri := "/webhooks/" + url.PathEscape(id)
	if rawQuery != "" {
		uri += "?" + rawQuery
	}
	u, err := url.ParseRequestURI(uri)
	if err != nil {
		return nil, fmt.Errorf("the query %q is not valid: %w", rawQuery, err)
	}
	host := "127.0.0.1"
	if base := s.BaseURL(); base != "" {
		host = base[len("http://"):]
	}
	header = header.Clone()
	if header == nil {
		header = http.Header{}
	}
	header.Del("Host")
	header.Del("Content-Length")
	req := &http.Request{Method: method, URL: u, RequestURI: uri, Proto: "HTTP/1.1",
		ProtoMajor: 1, ProtoMinor: 1, Header: header, Host: host, RemoteAddr: "127.0.0.1:0",
		Body: io.NopCloser(bytes.NewReader(body)), ContentLength: int64(len(body))}
	return req.WithContext(ctx), nil
}

// DeliverFile sends req to every handler registered for fileName, as a mock rule's callback
// caused by the call cause, and returns their deliveries. req's URL is ignored: each handler
// gets its own. When no handler is registered for fileName it keeps one failed delivery (404,
// its Error naming the file) so the lost callback shows among the deliveries, and returns it
// with an error that wraps ErrNotFound.
func (s *Server) DeliverFile(ctx context.Context, fileName string, req *http.Request,
	cause string) ([]Delivery, error) {
	var body []byte
	if req.Body != nil {
		var err error
		if body, err = io.ReadAll(io.LimitReader(req.Body, MaxBodyBytes+1)); err != nil {
			return nil, fmt.Errorf("read the callback body: %w", err)
		}
		if len(body) > MaxBodyBytes {
			return nil, fmt.Errorf("the callback body is larger than %d MiB", MaxBodyBytes>>20)
		}
	}
	handlers, err := s.handlers.ByFileName(ctx, fileName)
	if err != nil {
		return nil, err
	}
	var query string
	if req.URL != nil {
		query = req.URL.RawQuery
	}
	if len(handlers) == 0 {
		return s.undeliverable(ctx, fileName, req, query, body, cause)
	}
	var out []Delivery
	for _, h := range handlers {
		in, err := s.inProcessRequest(ctx, req.Method, h.ID, query, req.Header, body)
		if err != nil {
			return out, err
		}
		d, _ := s.deliver(ctx, h.ID, in, body, source{origin: OriginCallback, parent: cause})
		out = append(out, d)
	}
	return out, nil
}

// undeliverable keeps the failed delivery of a callback no handler is registered for.
func (s *Server) undeliverable(ctx context.Context, fileName string, req *http.Request,
	query string, body []byte, cause string) ([]Delivery, error) {
	message := fmt.Sprintf("No webhook handler is registered for the file %q, so this callback "+
		"reached no handler. The app registers one with createWebhookHandler({fileName: %q}), "+
		"usually in its connection-added event; add the connection or register it, then "+
		"send the request again.", fileName, fileName)
	in, err := s.inProcessRequest(ctx, req.Method, "", query, req.Header, body)
	if err != nil {
		return nil, err
	}
	d, _ := s.record("", in, body, source{origin: OriginCallback, parent: cause},
		func(d *Delivery) *Response {
			d.FileName = fileName
			return refuse(d, http.StatusNotFound, message)
		})
	return []Delivery{d}, fmt.Errorf("deliver the callback to %q: %s: %w", fileName,
		"no webhook handler is registered for that file", ErrNotFound)
}
