package outbound

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"attio-studio/backend/calllog"
)

// exchange collects the call-log entry of one request while Do runs.
type exchange struct {
	rec   *calllog.Recorder
	entry calllog.Request
	notes []string
}

func newExchange(ctx context.Context, req *http.Request) *exchange {
	rec := calllog.FromContext(req.Context())
	if rec == nil {
		rec = calllog.FromContext(ctx)
	}
	return &exchange{rec: rec, entry: calllog.Request{
		Method:         req.Method,
		URL:            req.URL.String(),
		RequestHeaders: flatten(req.Header),
	}}
}

func (e *exchange) requestBody(body []byte) {
	var cut bool
	e.entry.RequestBody, cut = calllog.CapBody(body)
	e.entry.Truncated = e.entry.Truncated || cut
}

// note says what the studio did to the exchange (an injected fault).
//
// TODO: calllog.Request has no field for what the studio injected, so notes share Error with
// failures; the inspector can tell them apart only by the "injected fault:" prefix.
func (e *exchange) note(text string) { e.notes = append(e.notes, text) }

// answer reads resp's body, records the exchange and hands resp back with a fresh body.
func (e *exchange) answer(logger *slog.Logger, started time.Time, source string,
	resp *http.Response) (*http.Response, error) {
	data, err := readResponseBody(resp)
	if err != nil {
		return nil, e.fail(logger, started, SourceError,
			fmt.Errorf("read the response of %s: %w", e.entry.URL, err))
	}
	setResponseBody(resp, data)
	var cut bool
	e.entry.Source = source
	e.entry.Status = resp.StatusCode
	e.entry.ResponseHeaders = flatten(resp.Header)
	e.entry.ResponseBody, cut = calllog.CapBody(data)
	e.entry.Truncated = e.entry.Truncated || cut
	e.finish(logger, started)
	return resp, nil
}

// fail records err as answered by source and returns it unchanged.
func (e *exchange) fail(logger *slog.Logger, started time.Time, source string, err error) error {
	e.entry.Source = source
	e.notes = append(e.notes, err.Error())
	e.finish(logger, started)
	return err
}

func (e *exchange) finish(logger *slog.Logger, started time.Time) {
	e.entry.Error = strings.Join(e.notes, "; ")
	e.entry.DurationMs = float64(time.Since(started).Microseconds()) / 1000
	e.rec.Request(e.entry, started)
	logger.Debug("outbound request", "method", e.entry.Method, "url", e.entry.URL,
		"status", e.entry.Status, "source", e.entry.Source, "ms", e.entry.DurationMs,
		"error", e.entry.Error, "call", e.rec.ID())
}

// flatten joins repeated header values and hides credentials.
func flatten(h http.Header) map[string]string {
	if len(h) == 0 {
		return nil
	}
	out := make(map[string]string, len(h))
	for name, values := range h {
		value := strings.Join(values, ", ")
		if secretHeaders[http.CanonicalHeaderKey(name)] {
			value = redact(value)
		}
		out[name] = value
	}
	return out
}

var secretHeaders = map[string]bool{"Authorization": true, "Proxy-Authorization": true}

// redact keeps the scheme of a credential ("Bearer ***") and hides the rest.
func redact(value string) string {
	if scheme, _, ok := strings.Cut(value, " "); ok {
		return scheme + " ***"
	}
	return "***"
}
