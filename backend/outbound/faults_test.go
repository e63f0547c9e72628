package outbound

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestFaults(t *testing.T) {
	now := time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name       string
		fault      Fault
		url        string
		wantStatus int
		wantHeader [2]string
		wantErr    error  // errors.Is target
		wantNote   string // in the recorded error
		wantSource string
		check      func(t *testing.T, r result)
	}{
		{name: "rate limit with a date, as Attio", url: "https://alc.test/leads",
			fault:      Fault{Kind: FaultRateLimit, RetryAfter: 30},
			wantStatus: 429, wantHeader: [2]string{"Retry-After", "Tue, 04 Mar 2025 10:00:30 GMT"},
			wantNote:   "429 Too Many Requests with Retry-After: Tue, 04 Mar 2025 10:00:30 GMT",
			wantSource: SourceFault},
		{name: "rate limit in seconds", url: "https://alc.test/leads",
			fault: Fault{Kind: FaultRateLimit, RetryAfter: 5,
				RetryAfterFormat: RetryAfterSeconds},
			wantStatus: 429, wantHeader: [2]string{"Retry-After", "5"}, wantNote: "Retry-After: 5",
			wantSource: SourceFault},
		{name: "server error defaults to 503", url: "https://alc.test/leads",
			fault: Fault{Kind: FaultServerError}, wantStatus: 503,
			wantNote:   "503 Service Unavailable",
			wantSource: SourceFault},
		{name: "server error with a status", url: "https://alc.test/leads",
			fault: Fault{Kind: FaultServerError, Status: 502}, wantStatus: 502,
			wantNote: "502 Bad Gateway", wantSource: SourceFault},
		{name: "reset connection", url: "https://alc.test/leads", fault: Fault{Kind: FaultReset},
			wantErr: syscall.ECONNRESET, wantNote: "connection reset", wantSource: SourceFault},
		{name: "malformed body", url: "https://alc.test/leads", fault: Fault{Kind: FaultMalformed},
			wantStatus: 201, wantNote: "body was cut", wantSource: SourceMock,
			check: func(t *testing.T, r result) {
				if json.Valid([]byte(r.body)) || !strings.HasPrefix(`{"id":"lead-1"}`, r.body) {
					t.Errorf("body %q should be a cut-off prefix of the answer", r.body)
				}
			}},
		{name: "the attio api gets faults too", url: "https://api.attio.com/v2/self",
			fault: Fault{Kind: FaultRateLimit}, wantStatus: 429, wantSource: SourceFault,
			wantNote: "429"},
		{name: "another host is not touched", url: "https://other.test/x",
			fault: Fault{Kind: FaultReset}, wantStatus: 200, wantSource: SourceNetwork},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			host := strings.Split(strings.TrimPrefix(tt.url, "https://"), "/")[0]
			if host == "other.test" {
				host = "alc.test"
			}
			c := New(Options{Now: func() time.Time { return now }, Network: &fakeNetwork{},
				AttioAPI: http.NotFoundHandler(),
				Rules: []Rule{{URL: "https://alc.test/leads",
					Response: Response{Status: 201, Body: []byte(`{"id":"lead-1"}`)}}}})
			if err := c.SetFaults(map[string]Fault{host: tt.fault}); err != nil {
				t.Fatal(err)
			}
			r := send(t, c, context.Background(), "POST", tt.url, "{}")
			if tt.wantErr != nil {
				if !errors.Is(r.err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", r.err, tt.wantErr)
				}
			} else if r.err != nil || r.status != tt.wantStatus {
				t.Fatalf("got %d %v, want %d", r.status, r.err, tt.wantStatus)
			}
			if tt.wantHeader[0] != "" && r.header.Get(tt.wantHeader[0]) != tt.wantHeader[1] {
				t.Errorf("%s = %q, want %q", tt.wantHeader[0], r.header.Get(tt.wantHeader[0]),
					tt.wantHeader[1])
			}
			if r.entry.Source != tt.wantSource || !strings.Contains(r.entry.Error, tt.wantNote) ||
				(tt.wantNote == "") != (r.entry.Error == "") {
				t.Errorf("recorded source %q error %q, want %q with %q", r.entry.Source,
					r.entry.Error, tt.wantSource, tt.wantNote)
			}
			if tt.check != nil {
				tt.check(t, r)
			}
		})
	}
}

func TestTimeoutFaultHangsUntilTheRequestEnds(t *testing.T) {
	c := New(Options{Faults: map[string]Fault{"slow.test": {Kind: FaultTimeout}}})
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	r := send(t, c, ctx, "GET", "https://slow.test/", "")
	// It hangs until the request's context ends, never answering before it.
	if ctx.Err() == nil {
		t.Error("the timeout fault returned before the request's deadline")
	}
	if !errors.Is(r.err, context.DeadlineExceeded) || r.entry.Source != SourceFault ||
		!strings.Contains(r.entry.Error, "timeout") {
		t.Errorf("err %v, recorded %q %q", r.err, r.entry.Source, r.entry.Error)
	}
}

func TestLatencyFaultDelaysTheRealAnswer(t *testing.T) {
	c := New(Options{Network: &fakeNetwork{body: "ok"},
		Faults: map[string]Fault{"*": {LatencyMs: 40}}})
	start := time.Now()
	r := send(t, c, context.Background(), "GET", "https://any.test/", "")
	if time.Since(start) < 40*time.Millisecond || r.body != "ok" ||
		r.entry.Source != SourceNetwork ||
		!strings.Contains(r.entry.Error, "40 ms of latency for *") {
		t.Errorf("after %v: %q from %q, note %q", time.Since(start), r.body, r.entry.Source,
			r.entry.Error)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	c.SetFaults(map[string]Fault{"any.test": {LatencyMs: 5000}})
	if r := send(t, c, ctx, "GET", "https://any.test/", ""); !errors.Is(r.err,
		context.DeadlineExceeded) {
		t.Errorf("a cancelled request waited out its latency: %v", r.err)
	}
}

func TestFaultTimesClearsAfterThatManyRequests(t *testing.T) {
	c := New(Options{Network: &fakeNetwork{body: "ok"}})
	err := c.SetFaults(map[string]Fault{"alc.test": {Kind: FaultRateLimit, Times: 2}})
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for range 3 {
		got = append(got, send(t, c, context.Background(), "GET", "https://alc.test/", "").status)
	}
	if got[0] != 429 || got[1] != 429 || got[2] != 200 {
		t.Errorf("statuses %v, want 429 429 200", got)
	}
}

func TestSetFaultsRefusesBadFaults(t *testing.T) {
	tests := []struct {
		host  string
		fault Fault
		want  string
	}{
		{"alc.test", Fault{Kind: "explode"}, `kind "explode"`},
		{"alc.test", Fault{LatencyMs: -1}, "latencyMs -1"},
		{"alc.test", Fault{Kind: FaultServerError, Status: 404}, "status 404"},
		{"alc.test", Fault{Kind: FaultRateLimit, Status: 500}, "status 500"},
		{"alc.test", Fault{RetryAfterFormat: "minutes"}, `retryAfterFormat "minutes"`},
		{"alc.test", Fault{Times: -2}, "times -2"},
		{"https://alc.test/", Fault{}, "is not a host"},
		{"", Fault{}, "is not a host"},
	}
	for _, tt := range tests {
		c := New(Options{Faults: map[string]Fault{"keep.test": {Kind: FaultReset}}})
		err := c.SetFaults(map[string]Fault{tt.host: tt.fault})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q %+v: err = %v, want %q", tt.host, tt.fault, err, tt.want)
		}
		if _, kept := c.Faults()["keep.test"]; !kept {
			t.Errorf("a refused SetFaults changed the faults in force")
		}
	}
}
