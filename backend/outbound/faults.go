package outbound

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// FaultKind names what a fault does to the requests of a host.
type FaultKind string

// The faults a host can be given. Every kind also honours Fault.LatencyMs first.
const (
	FaultLatency     FaultKind = ""             // only the latency
	FaultRateLimit   FaultKind = "rate-limit"   // 429 with Retry-After
	FaultServerError FaultKind = "server-error" // a 5xx answer
	FaultTimeout     FaultKind = "timeout"      // no answer until the request's context ends
	FaultReset       FaultKind = "reset"        // the connection is reset: fetch rejects
	FaultMalformed   FaultKind = "malformed"    // the real answer with its body cut short
)

// Retry-After formats.
const (
	RetryAfterDate    = "date"    // an HTTP date, as Attio's API sends it (the default)
	RetryAfterSeconds = "seconds" // a number of seconds
)

// maxLatency keeps a typo from parking requests for hours.
const maxLatency = 10 * time.Minute

// Fault is what the studio does to the requests of one host before any rule sees them. Faults
// apply to api.attio.com too, so an app's handling of Attio's rate limits can be tested.
type Fault struct {
	Kind      FaultKind `json:"kind,omitempty"`
	LatencyMs int       `json:"latencyMs,omitempty"`
	// Status is the server-error status, 500 to 599; 0 means 503.
	Status int `json:"status,omitempty"`
	// RetryAfter is the rate-limit's wait in seconds, written as RetryAfterFormat.
	RetryAfter       int    `json:"retryAfter,omitempty"`
	RetryAfterFormat string `json:"retryAfterFormat,omitempty"`
	// Times is how many requests the fault hits before it clears; 0 means every request, so a
	// single 429 followed by success tests an app's retry.
	Times int `json:"times,omitempty"`
}

// Validate reports the first field of f that cannot be applied, naming it.
func (f Fault) Validate() error {
	switch f.Kind {
	case FaultLatency, FaultRateLimit, FaultServerError, FaultTimeout, FaultReset, FaultMalformed:
	default:
		return fmt.Errorf("kind %q is not one of rate-limit, server-error, timeout, reset, "+
			"malformed (or empty for latency only)", f.Kind)
	}
	if f.LatencyMs < 0 || time.Duration(f.LatencyMs)*time.Millisecond > maxLatency {
		return fmt.Errorf("latencyMs %d must be between 0 and %d", f.LatencyMs,
			maxLatency.Milliseconds())
	}
	if f.Status != 0 && (f.Kind != FaultServerError || f.Status < 500 || f.Status > 599) {
		return fmt.Errorf("status %d only applies to server-error, from 500 to 599", f.Status)
	}
	if f.RetryAfter < 0 {
		return fmt.Errorf("retryAfter %d is negative", f.RetryAfter)
	}
	switch f.RetryAfterFormat {
	case "", RetryAfterDate, RetryAfterSeconds:
	default:
		return fmt.Errorf("retryAfterFormat %q must be %q or %q", f.RetryAfterFormat,
			RetryAfterDate, RetryAfterSeconds)
	}
	if f.Times < 0 {
		return fmt.Errorf("times %d is negative", f.Times)
	}
	return nil
}

// ValidateFaults checks every fault and every host key, naming the first bad one.
func ValidateFaults(faults map[string]Fault) error {
	for host, f := range faults {
		if host == "" || strings.ContainsAny(host, "/ ") {
			return fmt.Errorf("fault host %q is not a host; give one such as api.example.com, "+
				"or * for every host", host)
		}
		if err := f.Validate(); err != nil {
			return fmt.Errorf("fault for %s: %w", host, err)
		}
	}
	return nil
}

// SetFaults replaces the faults, keyed by host ("api.example.com", "localhost:8080", or "*"
// for every host without its own). Hit counts for Fault.Times start again. Nothing is changed
// when a fault is invalid.
func (c *Client) SetFaults(faults map[string]Fault) error {
	if err := ValidateFaults(faults); err != nil {
		return err
	}
	copied := make(map[string]Fault, len(faults))
	for host, f := range faults {
		copied[strings.ToLower(host)] = f
	}
	c.mu.Lock()
	c.faults, c.faultHits = copied, map[string]int{}
	c.mu.Unlock()
	return nil
}

// Faults returns a copy of the faults in force.
func (c *Client) Faults() map[string]Fault {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]Fault, len(c.faults))
	for host, f := range c.faults {
		out[host] = f
	}
	return out
}

// takeFault returns the fault for req's host and counts the hit, or ok false when none applies.
func (c *Client) takeFault(req *http.Request) (host string, f Fault, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, key := range []string{strings.ToLower(req.URL.Host),
		strings.ToLower(req.URL.Hostname()), "*"} {
		if f, ok = c.faults[key]; ok {
			host = key
			break
		}
	}
	if !ok || (f.Times > 0 && c.faultHits[host] >= f.Times) {
		return "", Fault{}, false
	}
	c.faultHits[host]++
	return host, f, true
}

// inject applies f to req. It returns the answer the fault makes up, or a nil answer and no
// error when the request should go on to the routes (latency and malformed bodies).
func (c *Client) inject(ctx context.Context, req *http.Request, host string, f Fault,
	ex *exchange) (*http.Response, error) {
	if f.LatencyMs > 0 {
		ex.note(fmt.Sprintf("injected fault: %d ms of latency for %s", f.LatencyMs, host))
		if err := sleep(ctx, time.Duration(f.LatencyMs)*time.Millisecond); err != nil {
			return nil, fmt.Errorf("%s %s was cancelled during its injected latency: %w",
				req.Method, req.URL, err)
		}
	}
	switch f.Kind {
	case FaultRateLimit:
		return c.rateLimited(req, host, f, ex), nil
	case FaultServerError:
		status := f.Status
		if status == 0 {
			status = http.StatusServiceUnavailable
		}
		ex.note(fmt.Sprintf("injected fault: %d %s for %s", status, http.StatusText(status), host))
		return faultResponse(req, status, http.Header{}, "api_error", "unavailable"), nil
	case FaultTimeout:
		<-ctx.Done()
		return nil, fmt.Errorf("injected fault: %s did not answer (timeout) until the request "+
			"was given up: %w", host, context.Cause(ctx))
	case FaultReset:
		return nil, fmt.Errorf("injected fault: read tcp %s: %w", host, syscall.ECONNRESET)
	}
	return nil, nil
}

func (c *Client) rateLimited(req *http.Request, host string, f Fault,
	ex *exchange) *http.Response {
	wait := strconv.Itoa(f.RetryAfter)
	if f.RetryAfterFormat != RetryAfterSeconds {
		wait = c.now().Add(time.Duration(f.RetryAfter) * time.Second).UTC().Format(http.TimeFormat)
	}
	ex.note(fmt.Sprintf("injected fault: 429 Too Many Requests with Retry-After: %s for %s",
		wait, host))
	return faultResponse(req, http.StatusTooManyRequests, http.Header{"Retry-After": {wait}},
		"rate_limit_error", "rate_limit_exceeded")
}

// faultResponse is an error answer shaped like Attio's error bodies, which most JSON APIs
// resemble closely enough for an app's error handling.
func faultResponse(req *http.Request, status int, header http.Header,
	typ, code string) *http.Response {
	body, _ := json.Marshal(map[string]any{"status_code": status, "type": typ, "code": code,
		"message": fmt.Sprintf("%d %s (a fault injected by the studio)", status,
			http.StatusText(status))})
	header.Set("Content-Type", "application/json")
	return newResponse(req, status, header, body)
}

// truncate cuts a body so that it no longer parses as JSON, as a dropped connection would.
// Halving is not always enough ("12" halves to "1"), so it keeps cutting.
func truncate(body []byte) []byte {
	for cut := len(body) / 2; cut > 0; cut-- {
		if !json.Valid(body[:cut]) {
			return body[:cut]
		}
	}
	return []byte(`{"data":[`)
}

// sleep waits d or until ctx ends, returning the cause in that case.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return context.Cause(ctx)
	}
}
