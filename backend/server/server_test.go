package server

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/coder/websocket"

	"attio-studio/backend/studio"
)

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv, _ := newServerWithSession(t)
	return srv
}

func newServerWithSession(t *testing.T) (*httptest.Server, *studio.Session) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "app")
	if err := os.CopyFS(dir, os.DirFS("../../examples/acme-lead-checker")); err != nil {
		t.Fatal(err)
	}
	s, err := studio.Open(studio.Options{Dir: dir, DataFile: filepath.Join(t.TempDir(), "data.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	page := fstest.MapFS{"index.html": {Data: []byte("<title>Attio App Studio</title>")}}
	srv := httptest.NewServer(New(s, page, slog.New(slog.DiscardHandler)))
	t.Cleanup(srv.Close)
	return srv, s
}

func post(t *testing.T, url, body string) (int, string) {
	t.Helper()
	res, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(raw)
}

func TestMethodsAnswerOverHTTP(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		name, method, body string
		status             int
		contains           string
	}{
		{"manifest", "Manifest", "[]", 200, `"label":"Send to ALC"`},
		{"no body counts as no arguments", "Objects", "", 200, `"slug":"people"`},
		{"arguments", "ListRecords", `["people", 2, 0]`, 200, `"record_id"`},
		{"method error", "GetRecord", `["people", "nope"]`, 500, `"error":`},
		{"wrong argument count", "GetRecord", `["people"]`, 400, `takes 2 arguments, got 1`},
		{"wrong argument type", "ListRecords", `["people", "two", 0]`, 400, `argument 2`},
		{"not an array", "Manifest", `{}`, 400, `JSON array`},
		{"unknown method", "DropTables", `[]`, 404, `no method \"DropTables\"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := post(t, srv.URL+"/api/"+tt.method, tt.body)
			if status != tt.status || !strings.Contains(body, tt.contains) {
				t.Errorf("%d %s, want %d containing %s", status, body, tt.status, tt.contains)
			}
		})
	}
}

func TestPageIsServed(t *testing.T) {
	srv := newServer(t)
	res, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(body), "Attio App Studio") {
		t.Errorf("%d %s", res.StatusCode, body)
	}
}

func TestAttioRESTAPIIsMounted(t *testing.T) {
	srv, session := newServerWithSession(t)
	req, _ := http.NewRequest("GET", srv.URL+"/v2/objects/people", nil)
	req.Header.Set("Authorization", "Bearer "+session.AttioAPIToken())
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(body), `"api_slug":"people"`) {
		t.Errorf("%d %s", res.StatusCode, body)
	}
	res, _ = http.Get(srv.URL + "/v2/objects/people")
	res.Body.Close()
	if res.StatusCode != 401 {
		t.Errorf("without the token: %d, want 401", res.StatusCode)
	}
}

func TestOnlyLoopbackHostsAreAnswered(t *testing.T) {
	srv := newServer(t)
	req, _ := http.NewRequest("POST", srv.URL+"/api/Manifest", strings.NewReader("[]"))
	req.Host = "evil.example:80"
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("status %d for a foreign Host, want 403", res.StatusCode)
	}
	if _, err := Listen("0.0.0.0:0"); err == nil {
		t.Error("Listen accepted a non-loopback address")
	}
}

func TestEventsArriveOverTheWebSocket(t *testing.T) {
	srv := newServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(srv.URL, "http")+"/api/events", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.CloseNow()
	// The stream's first message is an empty batch: the server has subscribed, so the call
	// started next is heard.
	if _, hello, err := conn.Read(ctx); err != nil || string(hello) != "[]" {
		t.Fatalf("the first message is %s (%v), want []", hello, err)
	}

	status, body := post(t, srv.URL+"/api/StartCall", `["record-action", "send-to-alc", {}, ""]`)
	if status != 200 {
		t.Fatalf("StartCall: %d %s", status, body)
	}
	_, raw, err := conn.Read(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var batch []struct {
		Name string
		Data struct{ ID, Kind, Status string }
	}
	json.Unmarshal(raw, &batch)
	if len(batch) != 1 {
		t.Fatalf("message %s after StartCall, want one event", raw)
	}
	ev := batch[0]
	if ev.Name != "call" || ev.Data.Kind != "record-action" || ev.Data.Status != "running" ||
		`"`+ev.Data.ID+`"` != strings.TrimSpace(body) {
		t.Errorf("event %s after StartCall returned %s", raw, body)
	}
}
