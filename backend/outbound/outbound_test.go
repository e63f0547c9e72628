package outbound

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"attio-studio/backend/calllog"
	"attio-studio/backend/store"
)

func TestParseRules(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		wantErr string // substring; "" means valid
		want    int
	}{
		{"empty list", `[]`, "", 0},
		{"full rule", `[{"method":"POST","url":"https://alc.test/leads",
			"response":{"status":201,"headers":{"X-A":"1"},"body":{"id":"l1"},"delayMs":5}}]`, "", 1},
		{"any method, string body", `[{"url":"https://alc.test/*","response":{"body":"ok"}}]`, "", 1},
		{"not an array", `{"url":"x"}`, "must be a JSON array", 0},
		{"missing url", `[{"url":"https://a.test","response":{}},{"method":"GET"}]`,
			"rule 1: url is empty", 0},
		{"bad method", `[{"method":"GE T","url":"x"}]`, `rule 0: method "GE T"`, 0},
		{"bad status", `[{"url":"x","response":{"status":1000}}]`, "rule 0: response.status 1000", 0},
		{"negative delay", `[{"url":"x","response":{"delayMs":-1}}]`, "rule 0: response.delayMs -1", 0},
		{"typo in a field", `[{"url":"x","respone":{}}]`, `rule 0: json: unknown field "respone"`, 0},
		{"wrong type", `[{"url":"x","response":{"status":"201"}}]`, "rule 0:", 0},
		{"sequence", `[{"url":"x","responses":[{"status":202},{"body":"done"}],"then":"repeat"}]`,
			"", 1},
		{"callback", `[{"url":"x","response":{"callback":{"afterMs":100,"webhook":"lead-processed",
			"body":{"ref":"{{request.body.reference}}"},
			"sign":{"header":"X-Sig","secret":"s"}}}}]`, "", 1},
		{"both response and responses", `[{"url":"x","response":{"status":200},
			"responses":[{}]}]`, "rule 0: give either", 0},
		{"bad then", `[{"url":"x","responses":[{}],"then":"loop"}]`, `rule 0: then "loop"`, 0},
		{"then without a sequence", `[{"url":"x","then":"last"}]`, `"then" only applies`, 0},
		{"bad step", `[{"url":"x","responses":[{},{"status":42}]}]`,
			"rule 0: responses[1].status 42", 0},
		{"bad header", `[{"url":"x","response":{"headers":{"X A":"1"}}}]`,
			`response.headers: "X A" is not a header name`, 0},
		{"callback without webhook", `[{"url":"x","response":{"callback":{"afterMs":1}}}]`,
			"response.callback.webhook is empty", 0},
		{"callback with unknown value", `[{"url":"x","response":{"callback":{"webhook":"w",
			"body":"{{request.bdy.x}}"}}}]`, "response.callback.body: {{request.bdy.x}}", 0},
		{"callback with bad signing", `[{"url":"x","response":{"callback":{"webhook":"w",
			"sign":{"header":"X-Sig"}}}}]`, "response.callback.sign: signing secret is empty", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rules, err := ParseRules([]byte(tt.data))
			if tt.wantErr == "" {
				if err != nil || len(rules) != tt.want {
					t.Fatalf("got %d rules, err %v; want %d rules", len(rules), err, tt.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.wantErr)
			}
		})
	}
}

func TestRuleMatching(t *testing.T) {
	tests := []struct {
		rule   Rule
		method string
		url    string
		want   bool
	}{
		{Rule{URL: "https://alc.test/leads"}, "POST", "https://alc.test/leads", true},
		{Rule{URL: "https://alc.test/leads"}, "POST", "https://alc.test/leads?x=1", true},
		{Rule{URL: "https://alc.test/leads"}, "POST", "https://alc.test/leads/1", false},
		{Rule{URL: "https://alc.test/leads/*"}, "GET", "https://alc.test/leads/1/notes", true},
		{Rule{URL: "https://*.test/leads"}, "GET", "https://alc.test/leads", true},
		{Rule{URL: "https://alc.test/leads?status=*"}, "GET", "https://alc.test/leads?status=new", true},
		{Rule{URL: "https://alc.test/leads?status=*"}, "GET", "https://alc.test/leads", false},
		{Rule{Method: "POST", URL: "https://alc.test/leads"}, "GET", "https://alc.test/leads", false},
		{Rule{Method: "post", URL: "https://alc.test/leads"}, "POST", "https://alc.test/leads", true},
		{Rule{Method: "*", URL: "https://alc.test/leads"}, "DELETE", "https://alc.test/leads", true},
		{Rule{URL: "https://alc.test/a.b"}, "GET", "https://alc.test/aXb", false},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest(tt.method, tt.url, nil)
		if got := compile(tt.rule).matches(req); got != tt.want {
			t.Errorf("%s %q against %s %q = %v, want %v", tt.rule.Method, tt.rule.URL, tt.method,
				tt.url, got, tt.want)
		}
	}
}

// roundTripFunc is a fake network.
type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func openLog(t *testing.T) *calllog.Log {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "data.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	l, err := calllog.Open(st, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l.Close)
	return l
}

func TestDoRoutesAndRecords(t *testing.T) {
	attio := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		io.WriteString(w, `{"path":"`+r.URL.Path+`","auth":"`+r.Header.Get("Authorization")+
			`","body":`+string(body)+`}`)
	})
	network := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		if r.URL.Host == "down.test" {
			return nil, errors.New("dial tcp: lookup down.test: no such host")
		}
		return newResponse(r, http.StatusTeapot, http.Header{"X-From": {"net"}}, []byte("net body")), nil
	})
	c := New(Options{AttioAPI: attio, Network: network, Rules: []Rule{
		{Method: "POST", URL: "https://alc.test/leads",
			Response: Response{Status: 201, Body: []byte(`{"id":"lead-1"}`)}},
		{URL: "https://alc.test/text", Response: Response{Body: []byte(`"plain"`)}},
	}})

	tests := []struct {
		name, method, url, body, auth string
		wantStatus                    int
		wantBody, wantType, source    string
		wantErr                       string
	}{
		{name: "attio api in process", method: "PATCH",
			url: "https://api.attio.com/v2/objects/people/records/r1", body: `{"a":1}`, auth: "Bearer tok",
			wantStatus: 200, source: SourceAttioAPI, wantType: "application/json",
			wantBody: `{"path":"/v2/objects/people/records/r1","auth":"Bearer tok","body":{"a":1}}`},
		{name: "mock rule with JSON body", method: "POST", url: "https://alc.test/leads", body: `{}`,
			wantStatus: 201, wantBody: `{"id":"lead-1"}`, wantType: "application/json", source: SourceMock},
		{name: "mock rule with text body", method: "GET", url: "https://alc.test/text?x=1",
			wantStatus: 200, wantBody: "plain", wantType: "text/plain; charset=utf-8", source: SourceMock},
		{name: "unmatched goes to the network", method: "POST", url: "https://other.test/leads",
			wantStatus: 418, wantBody: "net body", source: SourceNetwork},
		{name: "network failure", method: "GET", url: "https://down.test/", source: SourceError,
			wantErr: "no such host"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := openLog(t)
			rec := l.Start(calllog.KindServerFunction, "f.server", "", nil)
			ctx := calllog.WithRecorder(context.Background(), rec)
			req, _ := http.NewRequestWithContext(ctx, tt.method, tt.url, strings.NewReader(tt.body))
			if tt.auth != "" {
				req.Header.Set("Authorization", tt.auth)
			}
			resp, err := c.Do(ctx, req)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
			} else {
				if err != nil {
					t.Fatal(err)
				}
				body, _ := io.ReadAll(resp.Body)
				if resp.StatusCode != tt.wantStatus || string(body) != tt.wantBody ||
					resp.Header.Get("Content-Type") != tt.wantType {
					t.Errorf("got %d %q %q, want %d %q %q", resp.StatusCode, resp.Header.Get("Content-Type"),
						body, tt.wantStatus, tt.wantType, tt.wantBody)
				}
			}
			call := rec.Snapshot()
			if len(call.Requests) != 1 {
				t.Fatalf("recorded %d requests, want 1", len(call.Requests))
			}
			got := call.Requests[0]
			if got.Source != tt.source || got.Method != tt.method || got.URL != tt.url ||
				got.Status != tt.wantStatus || got.RequestBody != tt.body {
				t.Errorf("recorded %+v", got)
			}
			if tt.wantErr == "" && got.ResponseBody != tt.wantBody {
				t.Errorf("recorded response body %q, want %q", got.ResponseBody, tt.wantBody)
			}
			if tt.wantErr != "" && !strings.Contains(got.Error, tt.wantErr) {
				t.Errorf("recorded error %q", got.Error)
			}
			if tt.auth != "" && got.RequestHeaders["Authorization"] != "Bearer ***" {
				t.Errorf("authorization recorded as %q, want it redacted", got.RequestHeaders["Authorization"])
			}
		})
	}
}

func TestAttioRequestsNeverReachTheNetwork(t *testing.T) {
	c := New(Options{Network: roundTripFunc(func(r *http.Request) (*http.Response, error) {
		t.Errorf("the network saw %s", r.URL)
		return nil, errors.New("unreachable")
	})})
	req, _ := http.NewRequest("GET", "https://api.attio.com/v2/self", nil)
	req.Header.Set("Authorization", "Bearer secret")
	if _, err := c.Do(context.Background(), req); err == nil ||
		!strings.Contains(err.Error(), "mock Attio API is not available") {
		t.Fatalf("err = %v", err)
	}
}

func TestMockDelayHonoursCancellation(t *testing.T) {
	c := New(Options{Rules: []Rule{{URL: "https://slow.test/", Response: Response{DelayMs: 5000}}}})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequest("GET", "https://slow.test/", nil)
	start := time.Now()
	_, err := c.Do(ctx, req)
	if err == nil || time.Since(start) > 2*time.Second {
		t.Fatalf("err = %v after %v; want a prompt cancellation", err, time.Since(start))
	}

	c.SetRules([]Rule{{URL: "https://slow.test/", Response: Response{DelayMs: 30}}})
	start = time.Now()
	resp, err := c.Do(context.Background(), req)
	if err != nil || resp.StatusCode != 200 || time.Since(start) < 30*time.Millisecond {
		t.Fatalf("resp %v err %v after %v; want 200 after the 30ms delay", resp, err, time.Since(start))
	}
}

func TestLargeBodiesAreCappedInTheRecord(t *testing.T) {
	big := strings.Repeat("x", calllog.MaxBodyBytes+10)
	c := New(Options{Rules: []Rule{{URL: "https://big.test/",
		Response: Response{Body: []byte(`"` + big + `"`)}}}})
	l := openLog(t)
	rec := l.Start(calllog.KindServerFunction, "f", "", nil)
	req, _ := http.NewRequest("POST", "https://big.test/", strings.NewReader(big))
	resp, err := c.Do(calllog.WithRecorder(context.Background(), rec), req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	if len(body) != len(big) {
		t.Errorf("app got %d bytes, want all %d", len(body), len(big))
	}
	got := rec.Snapshot().Requests[0]
	if !got.Truncated || len(got.ResponseBody) != calllog.MaxBodyBytes ||
		len(got.RequestBody) != calllog.MaxBodyBytes {
		t.Errorf("record: truncated=%v request %d bytes, response %d bytes", got.Truncated,
			len(got.RequestBody), len(got.ResponseBody))
	}
}

func TestSetRulesWhileRequestsRun(t *testing.T) {
	c := New(Options{Rules: []Rule{{URL: "https://a.test/*", Response: Response{Status: 200}}}})
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequest("GET", "https://a.test/x", nil)
			if _, err := c.Do(context.Background(), req); err != nil {
				t.Error(err)
			}
		}()
		go func() {
			defer wg.Done()
			c.SetRules([]Rule{{URL: "https://a.test/*", Response: Response{Status: 202}}})
		}()
	}
	wg.Wait()
}

func TestAttioHandlerPanicIsAnError(t *testing.T) {
	c := New(Options{AttioAPI: http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		panic("bug")
	})})
	req, _ := http.NewRequest("GET", "https://api.attio.com/v2/self", nil)
	if _, err := c.Do(context.Background(), req); err == nil || !strings.Contains(err.Error(), "bug") {
		t.Fatalf("err = %v", err)
	}
}

func TestSetRulesLeavesOutBadRulesAndKeepsItsOwnCopy(t *testing.T) {
	rules := []Rule{{URL: " "}, {URL: "https://a.test/", Response: Response{Status: 201,
		Headers: map[string]string{"X-A": "1"}}}}
	c := New(Options{Rules: rules})
	rules[1].Response.Headers["X-A"] = "changed by the caller"
	got := c.Rules()
	if len(got) != 1 || got[0].Response.Headers["X-A"] != "1" {
		t.Fatalf("rules %+v", got)
	}
	got[0].Response.Headers["X-A"] = "changed again"
	r := send(t, c, context.Background(), "GET", "https://a.test/", "")
	if r.status != 201 || r.header.Get("X-A") != "1" {
		t.Errorf("answered %d with X-A %q", r.status, r.header.Get("X-A"))
	}
}
