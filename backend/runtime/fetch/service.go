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
}

// Response is what app code receives. Body is read fully.
type Response struct {
	Status     int
	StatusText string
	URL        string
	Header     [][2]string
	Body       []byte
}

// Service performs fetches for app code. Do is the runtime's Services.Fetch; it sees the call's
// context, so the outbound client records the exchange under the running call.
type Service struct {
	Do      func(ctx context.Context, req *http.Request) (*http.Response, error)
	MaxBody int64 // 0 means DefaultMaxBody
}

// ErrNoFetch is returned when the runtime was given no way to make requests.
var ErrNoFetch = errors.New("this runtime has no outbound client")

// Fetch performs r and reads the whole response. The error is the cause app code sees under
// TypeError("fetch failed").
func (s Service) Fetch(ctx context.Context, r Request) (Response, error) {
	if s.Do == nil {
		return Response{}, ErrNoFetch
	}
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
