package outbound

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"attio-studio/backend/calllog"
)

// result is what a test sees of one request: what the app got and what the call record shows.
type result struct {
	status int
	header http.Header
	body   string
	err    error
	entry  calllog.Request
	callID string
}

// send performs one request through c inside a recorded call.
func send(t *testing.T, c *Client, ctx context.Context, method, url, body string) result {
	t.Helper()
	rec := openLog(t).Start(calllog.KindServerFunction, "f.server", "", nil)
	ctx = calllog.WithRecorder(ctx, rec)
	req, err := http.NewRequestWithContext(ctx, method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var r result
	resp, err := c.Do(ctx, req)
	r.err, r.callID = err, rec.ID()
	if err == nil {
		data, _ := io.ReadAll(resp.Body)
		r.status, r.header, r.body = resp.StatusCode, resp.Header, string(data)
	}
	requests := rec.Snapshot().Requests
	if len(requests) != 1 {
		t.Fatalf("recorded %d requests, want 1", len(requests))
	}
	r.entry = requests[0]
	return r
}

// fakeNetwork answers every request with 200 and the given body, counting what it saw.
type fakeNetwork struct {
	header http.Header
	body   string
	seen   []string
}

func (n *fakeNetwork) RoundTrip(r *http.Request) (*http.Response, error) {
	n.seen = append(n.seen, r.Method+" "+r.URL.String())
	h := n.header.Clone()
	if h == nil {
		h = http.Header{}
	}
	return newResponse(r, http.StatusOK, h, []byte(n.body)), nil
}
