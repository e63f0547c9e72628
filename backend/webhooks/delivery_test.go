package webhooks

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestEveryDeliveryIsKept(t *testing.T) {
	srv, _, h := newEchoServer(t, "lead-processed")
	var published []Delivery
	cancel := srv.Subscribe(func(d Delivery) { published = append(published, d) })
	defer cancel()

	req, _ := http.NewRequest("PUT", h.URL+"?a=1", strings.NewReader(`{"x":1}`))
	req.Header.Set("X-Signature", "abc")
	start := time.Now()
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()

	list := mustDeliveries(t, srv, 0)
	if len(list) != 1 || len(published) != 1 {
		t.Fatalf("kept %d, published %d deliveries; want 1", len(list), len(published))
	}
	d := list[0]
	if d.HandlerID != h.ID || d.FileName != "lead-processed" || d.Origin != OriginHTTP ||
		d.Method != "PUT" || d.URL != h.URL+"?a=1" || d.Request.Body != `{"x":1}` ||
		d.Request.Size != 7 || toHeader(d.Request.Headers).Get("X-Signature") != "abc" {
		t.Errorf("kept request %+v", d)
	}
	if d.Status != 200 || d.Response.Body != "lead-processed PUT a=1 {\"x\":1}" ||
		toHeader(d.Response.Headers).Get("X-Handled") != "lead-processed" || d.CallID != "call-1" ||
		d.Error != "" {
		t.Errorf("kept response %+v", d)
	}
	if d.Started.Before(start.Add(-time.Second)) || d.DurationMs < 0 || d.DurationMs > 5000 {
		t.Errorf("timing %v %vms", d.Started, d.DurationMs)
	}
	if got, err := srv.Delivery(d.ID); err != nil || got.ID != d.ID {
		t.Errorf("Delivery(%s) = %v %v", d.ID, got.ID, err)
	}
	if _, err := srv.Delivery("nope"); err == nil {
		t.Error("Delivery of an unknown id did not fail")
	}
}

func TestRefusedDeliveriesAreKeptWithTheirReason(t *testing.T) {
	srv, _, h := newEchoServer(t, "x")
	tests := []struct {
		name, url, body string
		status          int
		wantBody        string
		wantError       string // "" means nothing is kept
	}{
		{"unknown handler", srv.BaseURL() + "/webhooks/old-id", "{}", 404,
			`No webhook handler has the id \"old-id\"`, `No webhook handler has the id "old-id"`},
		{"too large", h.URL, strings.Repeat("x", MaxBodyBytes+1), 413, "larger than 10 MiB",
			"larger than 10 MiB"},
		{"not a handler path", srv.BaseURL() + "/favicon.ico", "", 404, "/webhooks/<id>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(mustDeliveries(t, srv, 0))
			res, err := http.Post(tt.url, "text/plain", strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != tt.status || !strings.Contains(string(body), tt.wantBody) {
				t.Errorf("got %d %s, want %d", res.StatusCode, body, tt.status)
			}
			list := mustDeliveries(t, srv, 0)
			if tt.wantError == "" {
				if len(list) != before {
					t.Errorf("kept a request to %s", tt.url)
				}
				return
			}
			if len(list) != before+1 || list[0].Status != tt.status ||
				!strings.Contains(list[0].Error, tt.wantError) {
				t.Errorf("kept %+v", list[0])
			}
		})
	}
}

func TestDeliveriesAreBoundedNewestFirst(t *testing.T) {
	srv, _, h := newEchoServer(t, "x")
	ctx := context.Background()
	for i := range MaxDeliveries + 5 {
		if _, err := srv.Send(ctx, h.ID, Request{Body: fmt.Sprint(i)}); err != nil {
			t.Fatal(err)
		}
	}
	all := mustDeliveries(t, srv, 0)
	if len(all) != MaxDeliveries {
		t.Fatalf("kept %d deliveries, want %d", len(all), MaxDeliveries)
	}
	if all[0].Request.Body != fmt.Sprint(MaxDeliveries+4) || all[len(all)-1].Request.Body != "5" {
		t.Errorf("newest %q, oldest %q", all[0].Request.Body, all[len(all)-1].Request.Body)
	}
	if three := mustDeliveries(t, srv, 3); len(three) != 3 || three[0].ID != all[0].ID {
		t.Errorf("Deliveries(3) = %d starting at %v", len(three), three[0].ID)
	}
}

func TestBodiesAreKeptFaithfully(t *testing.T) {
	srv, _, h := newEchoServer(t, "x")
	ctx := context.Background()
	binary := []byte{0xff, 0x00, 0x10, 'a'}
	d, err := srv.Send(ctx, h.ID, Request{Body: string(binary)})
	if err != nil {
		t.Fatal(err)
	}
	got, err := d.Request.Bytes()
	if !d.Request.Base64 || err != nil || !bytes.Equal(got, binary) {
		t.Errorf("binary body kept as %q (base64 %v): %v", d.Request.Body, d.Request.Base64, err)
	}

	big := strings.Repeat("é", MaxCapturedBody) // twice the cap in bytes
	d, err = srv.Send(ctx, h.ID, Request{Body: big})
	if err != nil {
		t.Fatal(err)
	}
	if !d.Request.Truncated || d.Request.Size != len(big) || len(d.Request.Body) > MaxCapturedBody {
		t.Errorf("large body kept: truncated %v, size %d, %d bytes", d.Request.Truncated,
			d.Request.Size, len(d.Request.Body))
	}
	if _, err := srv.Replay(ctx, d.ID); err == nil || !strings.Contains(err.Error(),
		"cannot be sent again") {
		t.Errorf("replay of a cut body: %v", err)
	}
}

func TestHandlerFailuresBecomeAnswers(t *testing.T) {
	tests := []struct {
		name     string
		dispatch Dispatch
		status   int
		want     string
		callID   string
	}{
		{"the handler threw", func(context.Context, Handler, *http.Request) (*Response, error) {
			return &Response{CallID: "c1"}, fmt.Errorf("TypeError: x is undefined")
		}, 500, "The webhook handler x failed: TypeError: x is undefined", "c1"},
		{"the dispatch panicked", func(context.Context, Handler, *http.Request) (*Response, error) {
			panic("nil map")
		}, 500, "the studio failed while running it: nil map", ""},
		{"no answer", func(context.Context, Handler, *http.Request) (*Response, error) {
			return nil, nil
		}, 500, "gave no answer", ""},
		{"a status no HTTP response can have", func(context.Context, Handler,
			*http.Request) (*Response, error) {
			return &Response{Status: 42, CallID: "c2"}, nil
		}, 500, "status 42", "c2"},
		{"no build yet", nil, 503, "not ready", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, handlers := newServer(t, tt.dispatch)
			h, _ := handlers.Create(context.Background(), "x")
			res, err := http.Post(h.URL, "application/json", strings.NewReader("{}"))
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != tt.status || !strings.Contains(string(body), tt.want) {
				t.Errorf("got %d %s, want %d %q", res.StatusCode, body, tt.status, tt.want)
			}
			d := mustDeliveries(t, srv, 1)[0]
			if d.Status != tt.status || !strings.Contains(d.Error, tt.want) ||
				d.CallID != tt.callID {
				t.Errorf("kept %d %q call %q", d.Status, d.Error, d.CallID)
			}
			// The server still answers after the failure.
			if res, err := http.Get(srv.BaseURL() + "/"); err != nil || res.StatusCode != 404 {
				t.Errorf("server after the failure: %v", err)
			}
		})
	}
}
