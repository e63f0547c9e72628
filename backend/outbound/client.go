// Package outbound performs every request server code makes (fetch and attioFetch): requests to
// api.attio.com go to the studio's mock Attio API in-process, requests matching a mock rule get
// the rule's answer, and the rest go to the network. Each exchange is recorded in the running
// call's record.
package outbound

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"sync"
	"time"
)

// Where an answer came from, as recorded in calllog.Request.Source.
const (
	SourceAttioAPI = "attio-api"
	SourceMock     = "mock"
	SourceNetwork  = "network"
	SourceError    = "error"
)

// AttioHost is the host whose requests the mock Attio API answers. They never reach the network:
// they carry the app's token.
const AttioHost = "api.attio.com"

// MaxResponseBytes caps a response body; a larger one fails the request.
const MaxResponseBytes = 32 << 20

// Options configures a Client.
type Options struct {
	Rules    []Rule
	AttioAPI http.Handler      // answers https://api.attio.com/* in-process
	Network  http.RoundTripper // nil: http.DefaultTransport; requests not matched by a rule go here
	Logger   *slog.Logger      // nil discards
}

// Client routes and records outbound requests. It is safe for concurrent use; SetRules may be
// called while requests run, and each request sees one consistent set of rules.
type Client struct {
	attio   http.Handler
	network http.RoundTripper
	logger  *slog.Logger

	mu    sync.RWMutex
	rules []matcher
}

// New returns a Client.
func New(o Options) *Client {
	if o.Network == nil {
		o.Network = http.DefaultTransport
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	c := &Client{attio: o.AttioAPI, network: o.Network, logger: o.Logger}
	c.SetRules(o.Rules)
	return c
}

// SetRules replaces the mock rules. The first matching rule answers.
func (c *Client) SetRules(rules []Rule) {
	ms := make([]matcher, len(rules))
	for i, r := range rules {
		ms[i] = compile(r)
	}
	c.mu.Lock()
	c.rules = ms
	c.mu.Unlock()
}

// route answers a request or declines it (ok false) so the next route is tried. Routes are the
// seam for what later passes add (offline and record modes, injected faults, sequences).
type route struct {
	source string
	answer func(ctx context.Context, req *http.Request) (resp *http.Response, ok bool, err error)
}

func (c *Client) routes() []route {
	return []route{
		{SourceAttioAPI, c.answerAttio},
		{SourceMock, c.answerMock},
		{SourceNetwork, c.answerNetwork},
	}
}

// Do performs req. The whole response body is read before Do returns (so it can be recorded)
// and handed back in a fresh reader. The exchange is recorded on the calllog recorder of
// req.Context(), or else of ctx.
func (c *Client) Do(ctx context.Context, req *http.Request) (*http.Response, error) {
	started := time.Now()
	ex := newExchange(ctx, req)
	body, err := readRequestBody(req)
	if err != nil {
		return nil, ex.fail(c.logger, started, fmt.Errorf("read the request body: %w", err))
	}
	ex.requestBody(body)
	req = req.Clone(ctx)
	setBody(req, body)

	for _, r := range c.routes() {
		resp, ok, err := r.answer(ctx, req)
		if err != nil {
			return nil, ex.fail(c.logger, started, err)
		}
		if !ok {
			continue
		}
		data, err := readResponseBody(resp)
		if err != nil {
			return nil, ex.fail(c.logger, started, fmt.Errorf("read the response of %s: %w", req.URL, err))
		}
		resp.Body = io.NopCloser(bytes.NewReader(data))
		resp.ContentLength = int64(len(data))
		ex.succeed(c.logger, started, r.source, resp, data)
		return resp, nil
	}
	return nil, ex.fail(c.logger, started, fmt.Errorf("no route answered %s", req.URL))
}

func readRequestBody(req *http.Request) ([]byte, error) {
	if req.Body == nil || req.Body == http.NoBody {
		return nil, nil
	}
	defer req.Body.Close()
	return io.ReadAll(req.Body)
}

func setBody(req *http.Request, body []byte) {
	if body == nil {
		req.Body, req.ContentLength = http.NoBody, 0
		return
	}
	req.Body = io.NopCloser(bytes.NewReader(body))
	req.ContentLength = int64(len(body))
	req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
}

func readResponseBody(resp *http.Response) ([]byte, error) {
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, MaxResponseBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxResponseBytes {
		return nil, fmt.Errorf("the body is larger than %d MiB", MaxResponseBytes>>20)
	}
	return data, nil
}
