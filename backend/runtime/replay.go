package runtime

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"attio-studio/backend/calllog"
)

// SourceReplay is the calllog.Request source of an answer given back from a recording.
const SourceReplay = "replay"

// Replay is what a deterministic replay gives a call in place of the outside world: the clock
// readings and random seed the first run recorded (World), and the answers its outbound
// requests got (Requests, in the order they were made).
type Replay struct {
	World    *calllog.World
	Requests []calllog.Request
}

type replayKey struct{}

// replaying is a Replay in use by a call: it remembers which recorded answers were given.
type replaying struct {
	Replay
	mu   sync.Mutex
	used []bool
}

// WithReplay returns a context under which a call reads r's clock and random values and gets
// r's outbound answers instead of sending its requests: each request is answered by the first
// recorded exchange not given yet with the same method and URL, and fails when there is none.
// Each answer is recorded in the call with the source SourceReplay.
func WithReplay(ctx context.Context, r Replay) context.Context {
	return context.WithValue(ctx, replayKey{}, &replaying{Replay: r, used: make([]bool,
		len(r.Requests))})
}

func replayFrom(ctx context.Context) *replaying {
	r, _ := ctx.Value(replayKey{}).(*replaying)
	return r
}

// take returns the first recorded exchange with method and url not given yet.
func (r *replaying) take(method, url string) (calllog.Request, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for i, req := range r.Requests {
		if !r.used[i] && req.Method == method && req.URL == url {
			r.used[i] = true
			return req, true
		}
	}
	return calllog.Request{}, false
}

// do answers req from the recording, as Services.Fetch would have.
func (r *replaying) do(ctx context.Context, req *http.Request) (*http.Response, error) {
	started := time.Now()
	entry := calllog.Request{Method: req.Method, URL: req.URL.String(), Source: SourceReplay,
		RequestHeaders: flattenHeader(req.Header)}
	if req.Body != nil {
		body, err := io.ReadAll(req.Body)
		if err != nil {
			return nil, fmt.Errorf("read the request body: %w", err)
		}
		entry.RequestBody, entry.Truncated = calllog.CapBody(body)
	}
	rec := calllog.FromContext(ctx)
	if rec == nil {
		rec = calllog.FromContext(req.Context())
	}
	defer func() {
		entry.DurationMs = float64(time.Since(started).Microseconds()) / 1000
		rec.Request(entry, started)
	}()

	recorded, found := r.take(entry.Method, entry.URL)
	if !found {
		entry.Error = fmt.Sprintf("the original call made no %s %s that is not replayed yet, "+
			"so the replay has no answer for it", entry.Method, entry.URL)
		return nil, errors.New(entry.Error)
	}
	if recorded.Status == 0 {
		entry.Error = recorded.Error
		if entry.Error == "" {
			entry.Error = "the request failed the first time"
		}
		return nil, errors.New(entry.Error)
	}
	entry.Status = recorded.Status
	entry.ResponseHeaders = recorded.ResponseHeaders
	entry.ResponseBody = recorded.ResponseBody
	entry.Truncated = entry.Truncated || recorded.Truncated
	header := http.Header{}
	for name, value := range recorded.ResponseHeaders {
		header.Set(name, value)
	}
	return &http.Response{
		StatusCode:    recorded.Status,
		Status:        fmt.Sprintf("%d %s", recorded.Status, http.StatusText(recorded.Status)),
		Header:        header,
		Body:          io.NopCloser(strings.NewReader(recorded.ResponseBody)),
		ContentLength: int64(len(recorded.ResponseBody)),
		Request:       req,
	}, nil
}

// flattenHeader joins repeated values and hides credentials, as outbound requests are recorded.
func flattenHeader(h http.Header) map[string]string {
	if len(h) == 0 {
		return nil
	}
	out := make(map[string]string, len(h))
	for name, values := range h {
		value := strings.Join(values, ", ")
		if name == "Authorization" || name == "Proxy-Authorization" {
			if scheme, _, ok := strings.Cut(value, " "); ok {
				value = scheme + " ***"
			} else {
				value = "***"
			}
		}
		out[name] = value
	}
	return out
}
