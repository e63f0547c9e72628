package outbound

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"attio-studio/backend/webhooks"
)

// fakeClock holds scheduled functions until the test fires them.
type fakeClock struct {
	mu      sync.Mutex
	waiting []*fakeTimer
}

type fakeTimer struct {
	d       time.Duration
	f       func()
	stopped bool
	fired   bool
}

func (c *fakeClock) AfterFunc(d time.Duration, f func()) func() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &fakeTimer{d: d, f: f}
	c.waiting = append(c.waiting, t)
	return func() bool {
		c.mu.Lock()
		defer c.mu.Unlock()
		if t.fired || t.stopped {
			return false
		}
		t.stopped = true
		return true
	}
}

// fire runs every scheduled function that was not stopped and returns their delays.
func (c *fakeClock) fire() []time.Duration {
	c.mu.Lock()
	var run []*fakeTimer
	for _, t := range c.waiting {
		if !t.fired && !t.stopped {
			t.fired = true
			run = append(run, t)
		}
	}
	c.mu.Unlock()
	var ds []time.Duration
	for _, t := range run {
		ds = append(ds, t.d)
		t.f()
	}
	return ds
}

// delivery is what a fake Deliver saw.
type delivery struct {
	file, method, cause, body string
	header                    http.Header
}

type fakeDeliver struct {
	mu   sync.Mutex
	seen []delivery
}

func (d *fakeDeliver) deliver(_ context.Context, file string, req *http.Request,
	cause string) error {
	body, _ := io.ReadAll(req.Body)
	d.mu.Lock()
	defer d.mu.Unlock()
	d.seen = append(d.seen, delivery{file, req.Method, cause, string(body), req.Header})
	return nil
}

func TestCallbackReachesTheWebhookAfterItsDelay(t *testing.T) {
	clock, hooks := &fakeClock{}, &fakeDeliver{}
	sign := &webhooks.Signing{Header: "X-ALC-Signature", Secret: "s3cret", Prefix: "sha256="}
	c := New(Options{AfterFunc: clock.AfterFunc, Deliver: hooks.deliver, Rules: []Rule{{
		Method: "POST", URL: "https://alc.test/leads", Response: Response{Status: 201,
			Body: []byte(`{"id":"lead_1"}`),
			Callback: &Callback{AfterMs: 1500, Webhook: "lead-processed", Sign: sign,
				Headers: map[string]string{"X-Lead": "{{response.body.id}}"},
				Body: []byte(`{"lead_id":"{{response.body.id}}",` +
					`"reference":"{{request.body.reference}}","status":"processed"}`)}}}}})
	defer c.Close()

	r := send(t, c, context.Background(), "POST", "https://alc.test/leads",
		`{"name":"Ada","reference":"rec-42"}`)
	if r.err != nil || r.status != 201 {
		t.Fatalf("the mock answer: %d %v", r.status, r.err)
	}
	if len(hooks.seen) != 0 || c.PendingCallbacks() != 1 {
		t.Fatalf("before the delay: delivered %v, %d pending", hooks.seen, c.PendingCallbacks())
	}
	if ds := clock.fire(); len(ds) != 1 || ds[0] != 1500*time.Millisecond {
		t.Fatalf("scheduled delays %v, want [1.5s]", ds)
	}

	if len(hooks.seen) != 1 {
		t.Fatalf("delivered %d callbacks, want 1", len(hooks.seen))
	}
	got := hooks.seen[0]
	wantBody := `{"lead_id":"lead_1","reference":"rec-42","status":"processed"}`
	if got.file != "lead-processed" || got.method != "POST" || got.body != wantBody ||
		got.cause != r.callID || got.header.Get("X-Lead") != "lead_1" ||
		got.header.Get("Content-Type") != "application/json" {
		t.Errorf("delivered %+v", got)
	}
	if sig := got.header.Get("X-ALC-Signature"); sig != sign.Sign([]byte(wantBody)) {
		t.Errorf("signature %q does not sign the delivered body", sig)
	}
	if c.PendingCallbacks() != 0 {
		t.Errorf("%d callbacks still pending", c.PendingCallbacks())
	}
}

func TestCallbackWithARealDelay(t *testing.T) {
	done := make(chan string, 1)
	deliver := func(_ context.Context, file string, _ *http.Request, _ string) error {
		done <- file
		return nil
	}
	c := New(Options{Deliver: deliver, Rules: []Rule{{URL: "https://alc.test/leads",
		Response: Response{Callback: &Callback{AfterMs: 20, Webhook: "lead-processed"}}}}})
	defer c.Close()
	start := time.Now()
	send(t, c, context.Background(), "POST", "https://alc.test/leads", "")
	select {
	case file := <-done:
		if file != "lead-processed" || time.Since(start) < 20*time.Millisecond {
			t.Errorf("delivered to %q after %v", file, time.Since(start))
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the callback never came")
	}
}

func TestCloseDropsWaitingCallbacks(t *testing.T) {
	clock, hooks := &fakeClock{}, &fakeDeliver{}
	c := New(Options{AfterFunc: clock.AfterFunc, Deliver: hooks.deliver, Rules: []Rule{{
		URL: "https://alc.test/*", Response: Response{Callback: &Callback{Webhook: "w"}}}}})
	send(t, c, context.Background(), "POST", "https://alc.test/a", "")
	c.Close()
	clock.fire()
	send(t, c, context.Background(), "POST", "https://alc.test/b", "")
	clock.fire()
	if len(hooks.seen) != 0 || c.PendingCallbacks() != 0 {
		t.Errorf("after Close: delivered %v, %d pending", hooks.seen, c.PendingCallbacks())
	}
}

func TestCallbackWithoutDeliverIsDropped(t *testing.T) {
	clock := &fakeClock{}
	c := New(Options{AfterFunc: clock.AfterFunc, Rules: []Rule{{URL: "https://alc.test/",
		Response: Response{Callback: &Callback{Webhook: "w"}}}}})
	defer c.Close()
	if r := send(t, c, context.Background(), "GET", "https://alc.test/", ""); r.err != nil {
		t.Fatal(r.err)
	}
	if c.PendingCallbacks() != 0 {
		t.Errorf("scheduled a callback with nowhere to go")
	}
}

func TestTemplates(t *testing.T) {
	u, _ := url.Parse("https://alc.test/v1/leads?page=2&tag=a")
	v := &exchangeValues{method: "POST", url: u, status: 201,
		req: newSide(http.Header{"X-Team": {"red"}},
			[]byte(`{"reference":"rec-1","amount":12.5,"tags":["a","b"],"owner":{"id":7},`+
				`"none":null}`)),
		resp: newSide(http.Header{}, []byte(`{"id":"lead_1"}`))}
	tests := []struct{ in, want string }{
		{`"{{request.body.reference}}"`, `"rec-1"`},
		{`"{{ request.body.amount }}"`, `12.5`},
		{`"{{request.body.tags}}"`, `["a","b"]`},
		{`"{{request.body.tags.1}}"`, `"b"`},
		{`"{{request.body.owner}}"`, `{"id":7}`},
		{`"{{request.body.none}}"`, `null`},
		{`"{{request.body.missing}}"`, `null`},
		{`"{{request.body.tags.9}}"`, `null`},
		{`"id {{request.body.owner.id}} of {{request.body.missing}}!"`, `"id 7 of !"`},
		{`"{{request.method}} {{request.path}} {{request.query.page}}"`, `"POST /v1/leads 2"`},
		{`"{{request.headers.x-team}}"`, `"red"`},
		{`"{{response.status}}"`, `201`},
		{`"{{response.body.id}}"`, `"lead_1"`},
		{`{"{{response.body.id}}": "{{response.status}}"}`, `{"lead_1": 201}`},
		{`["<&>", "{{request.url}}"]`, `["<&>", "https://alc.test/v1/leads?page=2&tag=a"]`},
		{`{"quote": "say \"{{request.body.reference}}\""}`, `{"quote": "say \"rec-1\""}`},
		{`{"plain": "no placeholders", "n": 1}`, `{"plain": "no placeholders", "n": 1}`},
	}
	for _, tt := range tests {
		got, err := v.renderJSON(json.RawMessage(tt.in))
		if err != nil || string(got) != tt.want {
			t.Errorf("render %s = %s %v, want %s", tt.in, got, err, tt.want)
		}
		if err == nil && !json.Valid(got) {
			t.Errorf("render %s gave invalid JSON %s", tt.in, got)
		}
	}
}

func TestCheckTemplate(t *testing.T) {
	tests := []struct{ in, wantErr string }{
		{"{{request.body}}", ""},
		{"{{request.body.a.b.0}}", ""},
		{"{{request.headers.X-A}} and {{response.headers.etag}}", ""},
		{"{{request.method}}{{request.url}}{{request.path}}{{response.status}}", ""},
		{"{{request.query.page}}", ""},
		{"{{body.x}}", "is not a value the template knows"},
		{"{{request.status}}", "is not a value"},
		{"{{response.query.x}}", "is not a value"},
		{"{{request.headers}}", "is not a value"},
		{"{{request.method.x}}", "is not a value"},
		{"{{request.body.x", "without its }}"},
	}
	for _, tt := range tests {
		err := checkTemplate(tt.in)
		if (tt.wantErr == "") != (err == nil) ||
			(err != nil && !strings.Contains(err.Error(), tt.wantErr)) {
			t.Errorf("checkTemplate(%q) = %v, want %q", tt.in, err, tt.wantErr)
		}
	}
}
