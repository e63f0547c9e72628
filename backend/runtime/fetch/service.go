// Package fetch gives the server runtime fetch, Headers, Request and Response. The Go side
// (Service) performs a request through the studio's outbound client; the JavaScript side
// implements the classes with buffered bodies.
package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strings"
)

// DefaultMaxBody caps a response body read for app code; larger bodies fail the fetch rather
// than exhaust memory.
const DefaultMaxBody = 32 << 20

// Request is an outbound request as app code made it. Header keeps the order and repetition of
// the JavaScript Headers object.
type Request struct {
	Method string
	URL    string
	Header [][2]string
	Body   []byte // nil for no body
	// Redirect is the fetch redirect mode: "follow" (also when empty), "manual" or "error".
	Redirect string
}

// Response is what app code receives. Body is read fully. URL is the last URL fetched, after
// any redirects, and Redirected says there were some.
type Response struct {
	Status     int
	StatusText string
	URL        string
	Redirected bool
	Header     [][2]string
	Body       []byte
}

// Service performs fetches for app code. Do is the runtime's Services.Fetch; it sees the call's
// context, so the outbound client records the exchange under the running call (each hop of a
// redirect is an exchange of its own).
type Service struct {
	Do      func(ctx context.Context, req *http.Request) (*http.Response, error)
	MaxBody int64 // 0 means DefaultMaxBody
}

// ErrNoFetch is returned when the runtime was given no way to make requests.
var ErrNoFetch = errors.New("this runtime has no outbound client")

// MaxRedirects is how many redirects a fetch follows before failing, as in browsers.
const MaxRedirects = 20

// Fetch performs r, following redirects as the fetch standard says for r.Redirect, and reads the
// whole response. The error is the cause app code sees under TypeError("fetch failed").
func (s Service) Fetch(ctx context.Context, r Request) (Response, error) {
	if s.Do == nil {
		return Response{}, ErrNoFetch
	}
	for hops := 0; ; hops++ {
		resp, err := s.once(ctx, r)
		if err != nil {
			return Response{}, err
		}
		resp.Redirected = hops > 0
		location := redirectLocation(resp)
		if location == "" || r.Redirect == "manual" {
			return resp, nil
		}
		if r.Redirect == "error" {
			return Response{}, fmt.Errorf("%s redirected (%d) to %s, and the request's "+
				"redirect mode is \"error\"", r.URL, resp.Status, location)
		}
		if hops+1 > MaxRedirects {
			return Response{}, fmt.Errorf("redirect count exceeded: more than %d redirects, "+
				"the last from %s", MaxRedirects, r.URL)
		}
		if r, err = redirected(r, resp.Status, location); err != nil {
			return Response{}, err
		}
	}
}

// once performs one exchange.
func (s Service) once(ctx context.Context, r Request) (Response, error) {
	var body io.Reader
	if r.Body != nil {
		body = bytes.NewReader(r.Body)
	}
	req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, body)
	if err != nil {
		return Response{}, fmt.Errorf("build request: %w", err)
	}
	for _, kv := range r.Header {
		req.Header.Add(kv[0], kv[1])
	}
	resp, err := s.Do(ctx, req)
	if err != nil {
		return Response{}, err
	}
	defer resp.Body.Close()
	data, err := s.readBody(resp.Body)
	if err != nil {
		return Response{}, fmt.Errorf("read the response body of %s: %w", r.URL, err)
	}
	return Response{
		Status:     resp.StatusCode,
		StatusText: statusText(resp),
		URL:        r.URL,
		Header:     headerPairs(resp.Header),
		Body:       data,
	}, nil
}

// redirectLocation is the Location of a redirect response, "" for any other response.
func redirectLocation(resp Response) string {
	switch resp.Status {
	case 301, 302, 303, 307, 308:
	default:
		return ""
	}
	for _, kv := range resp.Header {
		if kv[0] == "location" {
			return kv[1]
		}
	}
	return ""
}

// redirected is the request to send after a redirect with status to location: the method
// becomes GET and the body is dropped for a 303 (and for a POST answered 301 or 302), and
// credentials are not sent to another origin.
func redirected(r Request, status int, location string) (Request, error) {
	from, err := url.Parse(r.URL)
	if err != nil {
		return r, fmt.Errorf("parse %s: %w", r.URL, err)
	}
	to, err := from.Parse(location)
	if err != nil {
		return r, fmt.Errorf("%s redirected to an invalid URL %q: %w", r.URL, location, err)
	}
	if to.Scheme != "http" && to.Scheme != "https" {
		return r, fmt.Errorf("%s redirected to %s, which is not an http(s) URL", r.URL, to)
	}
	next := r
	next.URL = to.String()
	next.Header = append([][2]string(nil), r.Header...)
	if (status == 303 && r.Method != "GET" && r.Method != "HEAD") ||
		((status == 301 || status == 302) && r.Method == "POST") {
		next.Method, next.Body = "GET", nil
		next.Header = dropHeaders(next.Header, bodyHeaders)
	}
	if from.Scheme != to.Scheme || from.Host != to.Host {
		next.Header = dropHeaders(next.Header, map[string]bool{"authorization": true})
	}
	return next, nil
}

var bodyHeaders = map[string]bool{"content-type": true, "content-length": true,
	"content-encoding": true, "content-language": true, "content-location": true}

func dropHeaders(h [][2]string, names map[string]bool) [][2]string {
	out := h[:0:0]
	for _, kv := range h {
		if !names[strings.ToLower(kv[0])] {
			out = append(out, kv)
		}
	}
	return out
}

func (s Service) readBody(r io.Reader) ([]byte, error) {
	limit := s.MaxBody
	if limit <= 0 {
		limit = DefaultMaxBody
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("the body is larger than %d MiB", limit>>20)
	}
	return data, nil
}

func statusText(resp *http.Response) string {
	if _, text, ok := strings.Cut(resp.Status, " "); ok {
		return text
	}
	return http.StatusText(resp.StatusCode)
}

// headerPairs lists h with lowercase names in name order, one pair per value.
func headerPairs(h http.Header) [][2]string {
	names := make([]string, 0, len(h))
	for name := range h {
		names = append(names, name)
	}
	sort.Strings(names)
	var pairs [][2]string
	for _, name := range names {
		for _, v := range h[name] {
			pairs = append(pairs, [2]string{strings.ToLower(name), v})
		}
	}
	return pairs
}
