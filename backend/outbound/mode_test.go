package outbound

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
)

func TestModes(t *testing.T) {
	rules := []Rule{{Method: "POST", URL: "https://alc.test/leads",
		Response: Response{Status: 201, Body: []byte(`{"id":"lead-1"}`)}}}
	tests := []struct {
		mode       Mode
		url        string
		wantStatus int
		wantBody   string
		wantSource string
		wantErr    string
		wantNet    int // requests the network saw
		wantRules  int // rules in force afterwards
	}{
		{ModeMocksThenNetwork, "https://alc.test/leads", 201, `{"id":"lead-1"}`, SourceMock, "",
			0, 1},
		{ModeMocksThenNetwork, "https://other.test/x", 200, `{"real":true}`, SourceNetwork, "",
			1, 1},
		{ModeOffline, "https://alc.test/leads", 201, `{"id":"lead-1"}`, SourceMock, "", 0, 1},
		{ModeOffline, "https://other.test/x", 0, "", SourceError,
			"no mock rule matches POST https://other.test/x and the studio is offline", 0, 1},
		{ModeRecord, "https://alc.test/leads", 201, `{"id":"lead-1"}`, SourceMock, "", 0, 1},
		{ModeRecord, "https://other.test/x?page=2", 200, `{"real":true}`, SourceNetwork, "", 1, 2},
	}
	for _, tt := range tests {
		t.Run(string(tt.mode)+" "+tt.url, func(t *testing.T) {
			net := &fakeNetwork{body: `{"real":true}`}
			c := New(Options{Rules: rules, Mode: tt.mode, Network: net})
			if c.Mode() != tt.mode {
				t.Fatalf("mode %q, want %q", c.Mode(), tt.mode)
			}
			r := send(t, c, context.Background(), "POST", tt.url, `{}`)
			if tt.wantErr != "" {
				if r.err == nil || !strings.Contains(r.err.Error(), tt.wantErr) ||
					!strings.Contains(r.entry.Error, tt.wantErr) {
					t.Errorf("err %v, recorded %q; want %q", r.err, r.entry.Error, tt.wantErr)
				}
			} else if r.err != nil || r.status != tt.wantStatus || r.body != tt.wantBody {
				t.Errorf("got %d %q %v, want %d %q", r.status, r.body, r.err, tt.wantStatus,
					tt.wantBody)
			}
			if r.entry.Source != tt.wantSource || len(net.seen) != tt.wantNet ||
				len(c.Rules()) != tt.wantRules {
				t.Errorf("source %q, network saw %v, %d rules; want %q, %d, %d", r.entry.Source,
					net.seen, len(c.Rules()), tt.wantSource, tt.wantNet, tt.wantRules)
			}
		})
	}
}

func TestOfflineStillAnswersTheAttioAPI(t *testing.T) {
	attio := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) })
	c := New(Options{Mode: ModeOffline, AttioAPI: attio})
	r := send(t, c, context.Background(), "GET", "https://api.attio.com/v2/self", "")
	if r.err != nil || r.status != 204 || r.entry.Source != SourceAttioAPI {
		t.Errorf("got %d %v from %q", r.status, r.err, r.entry.Source)
	}
}

func TestRecordModeKeepsRealAnswersAsRules(t *testing.T) {
	net := &fakeNetwork{body: `{ "id": "w1" }`, header: http.Header{
		"Content-Type": {"application/json"}, "Date": {"Mon, 01 Jan 2024 00:00:00 GMT"},
		"X-Request-Id": {"abc"}, "Set-Cookie": {"s=1"}}}
	var mu sync.Mutex
	var saved []Rule
	c := New(Options{Mode: ModeRecord, Network: net, Recorded: func(r Rule) {
		mu.Lock()
		saved = append(saved, r)
		mu.Unlock()
	}})

	first := send(t, c, context.Background(), "PUT", "https://alc.test/webhooks?x=1", `{}`)
	net.body = "changed"
	second := send(t, c, context.Background(), "PUT", "https://alc.test/webhooks?x=1", `{}`)

	if first.entry.Source != SourceNetwork || second.entry.Source != SourceMock {
		t.Errorf("sources %q then %q, want network then mock", first.entry.Source,
			second.entry.Source)
	}
	if second.body != `{"id":"w1"}` || second.header.Get("X-Request-Id") != "abc" ||
		second.header.Get("Content-Type") != "application/json" {
		t.Errorf("replayed answer %q %v", second.body, second.header)
	}
	if len(saved) != 1 || saved[0].Method != "PUT" ||
		saved[0].URL != "https://alc.test/webhooks?x=1" {
		t.Fatalf("Recorded got %+v", saved)
	}
	h := saved[0].Response.Headers
	if h["Date"] != "" || h["Set-Cookie"] != "" {
		t.Errorf("recorded connection headers: %v", h)
	}
	if len(net.seen) != 1 {
		t.Errorf("the network saw %v; the recorded rule should have answered the second time",
			net.seen)
	}
}

func TestRecordModeSkipsAnswersRulesCannotHold(t *testing.T) {
	tests := []struct{ name, body string }{
		{"binary", "\xff\xfe\x00"},
		{"too large", strings.Repeat("a", maxRecordedBody+1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			net := &fakeNetwork{body: tt.body}
			c := New(Options{Mode: ModeRecord, Network: net})
			r := send(t, c, context.Background(), "GET", "https://files.test/x", "")
			if r.err != nil || r.body != tt.body {
				t.Errorf("the app should still get the real answer: %v", r.err)
			}
			if len(c.Rules()) != 0 {
				t.Errorf("recorded %+v", c.Rules())
			}
		})
	}
}

func TestSetModeRefusesUnknownModes(t *testing.T) {
	c := New(Options{})
	if c.Mode() != ModeMocksThenNetwork {
		t.Errorf("default mode %q", c.Mode())
	}
	if err := c.SetMode("airplane"); err == nil || !strings.Contains(err.Error(), "airplane") {
		t.Errorf("err = %v", err)
	}
	if c.Mode() != ModeMocksThenNetwork {
		t.Errorf("mode changed to %q", c.Mode())
	}
}
