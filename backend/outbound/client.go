// Package outbound performs every request server code makes (fetch and attioFetch): requests to
// api.attio.com go to the studio's mock Attio API in-process, requests matching a mock rule get
// the rule's answer, and the rest go to the network, fail (offline mode) or are recorded as new
// rules (record mode). Faults injected per host apply before all of that. Each exchange is
// recorded in the running call's record.
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

	"attio-studio/backend/calllog"
)

// Where an answer came from, as recorded in calllog.Request.Source.
const (
	SourceAttioAPI = "attio-api"
	SourceMock     = "mock"
	SourceNetwork  = "network"
	SourceFault    = "fault" // an injected fault made up the answer or the failure
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
	Mode     Mode             // "" means ModeMocksThenNetwork
	Faults   map[string]Fault // by host; see SetFaults
	AttioAPI http.Handler     // answers https://api.attio.com/* in-process
	// Network sends what no rule answers; nil means http.DefaultTransport.
	Network http.RoundTripper
	// Deliver receives the callbacks of mock answers; nil drops them with a warning.
	Deliver DeliverFunc
	// Recorded is called with each rule record mode adds, after the Client uses it. Calls never
	// overlap, so it may save Rules() to the studio file without locking.
	Recorded func(Rule)
	// AfterFunc runs f once d has passed and returns a stop function reporting whether it
	// prevented the run; nil means time.AfterFunc. It must not call f before returning. Tests
	// pass a fake clock.
	AfterFunc func(d time.Duration, f func()) (stop func() bool)
	// Now is the clock for Retry-After dates; nil means time.Now.
	Now    func() time.Time
	Logger *slog.Logger // nil discards
}

// Client routes and records outbound requests. It is safe for concurrent use; rules, mode and
// faults may change while requests run, and each request sees one consistent set of them.
type Client struct {
	attio    http.Handler
	network  http.RoundTripper
	deliver  DeliverFunc
	recorded func(Rule)
	now      func() time.Time
	logger   *slog.Logger

	callbacks *scheduler
	recordMu  sync.Mutex // serializes calls of recorded

	mu        sync.Mutex
	rules     []matcher
	steps     map[string]int // the next answer of each sequence, by matcher key
	mode      Mode
	faults    map[string]Fault
	faultHits map[string]int
}

// New returns a Client. An invalid Options.Mode or Options.Faults is logged and left out, so a
// bad setting never stops the studio from opening the app.
func New(o Options) *Client {
	if o.Network == nil {
		o.Network = http.DefaultTransport
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	c := &Client{attio: o.AttioAPI, network: o.Network, deliver: o.Deliver,
		recorded: o.Recorded, now: o.Now, logger: o.Logger, callbacks: newScheduler(o.AfterFunc),
		steps: map[string]int{}, mode: ModeMocksThenNetwork, faultHits: map[string]int{}}
	c.SetRules(o.Rules)
	if err := c.SetMode(o.Mode); err != nil {
		c.logger.Warn("unknown outbound mode; using the default", "err", err)
	}
	if err := c.SetFaults(o.Faults); err != nil {
		c.logger.Warn("faults not applied", "err", err)
	}
	return c
}

// Close drops the callbacks still waiting and waits for those being delivered. Requests still
// work after Close, but their callbacks are dropped.
func (c *Client) Close() { c.callbacks.close() }

// PendingCallbacks is the number of callbacks scheduled whose delay has not passed yet.
func (c *Client) PendingCallbacks() int { return c.callbacks.waiting() }

// route answers a request or declines it (ok false) so the next route is tried.
type route struct {
	source string
	answer func(ctx context.Context, req *http.Request) (resp *http.Response, ok bool, err error)
}

func (c *Client) routes(mode Mode) []route {
	last := route{SourceNetwork, c.answerNetwork}
	switch mode {
	case ModeOffline:
		last = route{SourceError, c.answerOffline}
	case ModeRecord:
		last = route{SourceNetwork, c.answerRecord}
	}
	return []route{{SourceAttioAPI, c.answerAttio}, {SourceMock, c.answerMock}, last}
}

// Do performs req. The whole response body is read before Do returns (so it can be recorded)
// and handed back in a fresh reader. The exchange is recorded on the calllog recorder of
// req.Context(), or else of ctx. Do gives up when either ctx or req.Context() ends.
func (c *Client) Do(ctx context.Context, req *http.Request) (*http.Response, error) {
	started := time.Now()
	ex := newExchange(ctx, req)
	ctx, stop := joinContexts(ctx, req.Context())
	defer stop()
	if ex.rec != nil {
		ctx = calllog.WithRecorder(ctx, ex.rec) // callbacks name the call, wherever it came from
	}
	body, err := readRequestBody(req)
	if err != nil {
		return nil, ex.fail(c.logger, started, SourceError,
			fmt.Errorf("read the request body: %w", err))
	}
	ex.requestBody(body)
	req = req.Clone(ctx)
	setBody(req, body)

	host, fault, faulty := c.takeFault(req)
	if faulty {
		resp, err := c.inject(ctx, req, host, fault, ex)
		if err != nil {
			return nil, ex.fail(c.logger, started, SourceFault, err)
		}
		if resp != nil {
			return ex.answer(c.logger, started, SourceFault, resp)
		}
	}
	resp, source, err := c.answer(ctx, req)
	if err != nil {
		return nil, ex.fail(c.logger, started, SourceError, err)
	}
	if faulty && fault.Kind == FaultMalformed {
		return c.malformed(ex, started, req, source, resp, host)
	}
	return ex.answer(c.logger, started, source, resp)
}

// answer asks each route of the current mode in turn.
func (c *Client) answer(ctx context.Context, req *http.Request) (*http.Response, string, error) {
	for _, r := range c.routes(c.Mode()) {
		resp, ok, err := r.answer(ctx, req)
		if err != nil {
			return nil, r.source, err
		}
		if ok {
			return resp, r.source, nil
		}
	}
	return nil, SourceError, fmt.Errorf("no route answered %s", req.URL)
}

// malformed passes on the real answer with its body cut short.
func (c *Client) malformed(ex *exchange, started time.Time, req *http.Request, source string,
	resp *http.Response, host string) (*http.Response, error) {
	data, err := readResponseBody(resp)
	if err != nil {
		return nil, ex.fail(c.logger, started, SourceError,
			fmt.Errorf("read the response of %s: %w", req.URL, err))
	}
	cut := truncate(data)
	ex.note(fmt.Sprintf("injected fault: the body was cut from %d to %d bytes (malformed) for %s",
		len(data), len(cut), host))
	setResponseBody(resp, cut)
	return ex.answer(c.logger, started, source, resp)
}

// joinContexts returns a context that ends when either a or b does.
func joinContexts(a, b context.Context) (context.Context, func()) {
	if b == nil || b == a || b.Done() == nil {
		return a, func() {}
	}
	ctx, cancel := context.WithCancelCause(a)
	stop := context.AfterFunc(b, func() { cancel(context.Cause(b)) })
	return ctx, func() { stop(); cancel(nil) }
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

func setResponseBody(resp *http.Response, data []byte) {
	resp.Body = io.NopCloser(bytes.NewReader(data))
	resp.ContentLength = int64(len(data))
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
