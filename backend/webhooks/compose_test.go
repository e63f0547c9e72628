package webhooks

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
)

func TestSendFindsTheHandler(t *testing.T) {
	srv, e, h := newEchoServer(t, "lead-processed")
	ctx := context.Background()
	port := srv.BaseURL()[strings.LastIndex(srv.BaseURL(), ":"):]
	tests := []struct {
		name, target, wantQuery string
		req                     Request
		wantErr                 error
	}{
		{"by id", h.ID, "", Request{}, nil},
		{"by URL, with its query", h.URL + "?from=url", "from=url", Request{}, nil},
		{"by URL on localhost and an old port", "http://localhost:1" +
			strings.TrimPrefix(h.URL, srv.BaseURL()), "", Request{}, nil},
		{"the request's query wins", h.URL + "?from=url", "from=req",
			Request{Query: "from=req"}, nil},
		{"by file name", "lead-processed", "", Request{}, nil},
		{"unknown id or file", "nope", "", Request{}, ErrNotFound},
		{"unknown id in a URL", "http://127.0.0.1" + port + "/webhooks/nope", "", Request{},
			ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(mustDeliveries(t, srv, 0))
			tt.req.Body = `{"ok":true}`
			d, err := srv.Send(ctx, tt.target, tt.req)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Errorf("err = %v, want %v", err, tt.wantErr)
				}
				if len(mustDeliveries(t, srv, 0)) != before {
					t.Error("a send to an unknown target was kept")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			want := "lead-processed POST " + tt.wantQuery + ` {"ok":true}`
			if d.Status != 200 || d.Response.Body != want || d.Origin != OriginComposer ||
				d.HandlerID != h.ID {
				t.Errorf("delivery %d %q from %q, want %q", d.Status, d.Response.Body, d.Origin,
					want)
			}
			_, req, _ := e.last()
			if req.Host != strings.TrimPrefix(srv.BaseURL(), "http://") ||
				req.URL.Path != "/webhooks/"+h.ID || req.RemoteAddr == "" {
				t.Errorf("the handler saw host %q path %q", req.Host, req.URL.Path)
			}
		})
	}
}

func TestSendRefusesBadRequests(t *testing.T) {
	srv, _, h := newEchoServer(t, "x")
	tests := []struct {
		target string
		req    Request
		want   string
	}{
		{h.ID, Request{Method: "GE T"}, `method "GE T"`},
		{h.ID, Request{Headers: []HeaderField{{"X A", "1"}}}, `header name "X A"`},
		{h.ID, Request{Headers: []HeaderField{{"X-A", "1\r\nX-B: 2"}}}, "line break"},
		{h.ID, Request{Query: "a=%zz"}, "not a query string"},
		{h.ID, Request{Signing: &Signing{Header: "X-Sig"}}, "secret is empty"},
		{"https://example.com/webhooks/" + h.ID, Request{}, "not a webhook handler URL"},
		{"http://127.0.0.1:1/other/" + h.ID, Request{}, "not a webhook handler URL"},
	}
	for _, tt := range tests {
		if _, err := srv.Send(context.Background(), tt.target, tt.req); err == nil ||
			!strings.Contains(err.Error(), tt.want) {
			t.Errorf("Send(%q, %+v) = %v, want %q", tt.target, tt.req, err, tt.want)
		}
	}
}

func TestSignedSendAndReplay(t *testing.T) {
	srv, e, h := newEchoServer(t, "x")
	ctx := context.Background()
	sign := &Signing{Header: "X-Signature", Secret: "s3cret", Prefix: "sha256="}
	sent, err := srv.Send(ctx, h.ID, Request{Method: "put", Query: "v=1", Body: `{"a":1}`,
		Signing: sign, Headers: []HeaderField{{"X-Signature", "stale"}, {"X-Tag", "one"},
			{"X-Tag", "two"}}})
	if err != nil {
		t.Fatal(err)
	}
	_, req, _ := e.last()
	if got := req.Header.Values("X-Signature"); len(got) != 1 ||
		got[0] != sign.Sign([]byte(`{"a":1}`)) {
		t.Errorf("the handler got signature %v", got)
	}

	replay, err := srv.Replay(ctx, sent.ID)
	if err != nil {
		t.Fatal(err)
	}
	dispatched, req, body := e.last()
	if replay.Origin != OriginReplay || replay.ReplayOf != sent.ID ||
		dispatched.Origin != OriginReplay || req.Method != "PUT" || req.URL.RawQuery != "v=1" ||
		body != `{"a":1}` ||
		len(req.Header.Values("X-Tag")) != 2 ||
		req.Header.Get("X-Signature") != sign.Sign([]byte(`{"a":1}`)) {
		t.Errorf("replay %+v reached the handler as %s %s %q %v", replay, req.Method, req.URL,
			body, req.Header)
	}

	// An edited copy of the delivery is signed for its new body.
	edited, _ := replay.AsRequest()
	edited.Body = `{"a":2}`
	if _, err := srv.Send(ctx, h.ID, edited); err != nil {
		t.Fatal(err)
	}
	if _, req, _ := e.last(); req.Header.Get("X-Signature") != sign.Sign([]byte(`{"a":2}`)) {
		t.Errorf("the edited body kept the old signature %q", req.Header.Get("X-Signature"))
	}
}

func TestReplayOfARealDeliveryKeepsItsHeaders(t *testing.T) {
	srv, e, h := newEchoServer(t, "x")
	req, _ := http.NewRequest("POST", h.URL, strings.NewReader("payload"))
	req.Header.Set("X-Third-Party-Signature", "t=1,v1=abc")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	first := mustDeliveries(t, srv, 1)[0]
	if _, err := srv.Replay(context.Background(), first.ID); err != nil {
		t.Fatal(err)
	}
	_, got, _ := e.last()
	if got.Header.Get("X-Third-Party-Signature") != "t=1,v1=abc" || got.ContentLength != 7 {
		t.Errorf("replayed with %v, length %d", got.Header, got.ContentLength)
	}
}

func TestReplayOfAGoneHandlerFails(t *testing.T) {
	srv, _, h := newEchoServer(t, "x")
	ctx := context.Background()
	d, _ := srv.Send(ctx, h.ID, Request{})
	srv.handlers.Delete(ctx, h.ID)
	if _, err := srv.Replay(ctx, d.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("err = %v", err)
	}
	if _, err := srv.Replay(ctx, "no-such-delivery"); !errors.Is(err, ErrDeliveryNotFound) {
		t.Errorf("err = %v", err)
	}
}

func TestDeliverFileReachesEveryHandlerOfTheFile(t *testing.T) {
	srv, e, a := newEchoServer(t, "lead-processed")
	ctx := context.Background()
	b, _ := srv.handlers.Create(ctx, "lead-processed")
	srv.handlers.Create(ctx, "other")

	req, _ := http.NewRequest("POST", "/", strings.NewReader(`{"reference":"rec-1"}`))
	req.Header.Set("Content-Type", "application/json")
	list, err := srv.DeliverFile(ctx, "lead-processed", req, "000000000007")
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].HandlerID != a.ID || list[1].HandlerID != b.ID {
		t.Fatalf("delivered %+v", list)
	}
	for _, d := range list {
		if d.Origin != OriginCallback || d.ParentCallID != "000000000007" || d.Status != 200 ||
			!strings.HasSuffix(d.Response.Body, `{"reference":"rec-1"}`) {
			t.Errorf("delivery %+v", d)
		}
	}
	if dispatched, _, _ := e.last(); dispatched.ParentCallID != "000000000007" ||
		dispatched.Origin != OriginCallback || dispatched.DeliveryID != list[1].ID {
		t.Errorf("the dispatch saw %+v", dispatched)
	}

	req, _ = http.NewRequest("POST", "/", strings.NewReader(`{"reference":"rec-2"}`))
	lost, err := srv.DeliverFile(ctx, "missing", req, "000000000009")
	if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), `"missing"`) {
		t.Errorf("err = %v", err)
	}
	// The lost callback is kept as a failed delivery that names the file and the fix.
	kept, _ := srv.Deliveries(1)
	if len(lost) != 1 || len(kept) != 1 || kept[0].ID != lost[0].ID {
		t.Fatalf("returned %+v, kept %+v", lost, kept)
	}
	d := kept[0]
	if d.Status != http.StatusNotFound || d.FileName != "missing" || d.HandlerID != "" ||
		d.Origin != OriginCallback || d.ParentCallID != "000000000009" ||
		d.Request.Body != `{"reference":"rec-2"}` ||
		!strings.Contains(d.Error, `createWebhookHandler({fileName: "missing"})`) {
		t.Errorf("kept %+v", d)
	}

	// Replayed, it goes to the file's handler once the app has registered one.
	if _, err := srv.Replay(ctx, d.ID); !errors.Is(err, ErrNotFound) ||
		!strings.Contains(err.Error(), `"missing"`) {
		t.Errorf("replay with no handler yet: %v", err)
	}
	h, _ := srv.handlers.Create(ctx, "missing")
	replayed, err := srv.Replay(ctx, d.ID)
	if err != nil || replayed.HandlerID != h.ID || replayed.Status != 200 ||
		replayed.ReplayOf != d.ID || replayed.Request.Body != `{"reference":"rec-2"}` {
		t.Errorf("replay once registered: %+v, %v", replayed, err)
	}
}

func TestTemplates(t *testing.T) {
	srv, _, _ := newEchoServer(t, "x")
	saved, err := srv.SaveTemplate(Template{Name: " Lead processed ", Target: "lead-processed",
		Request: Request{Body: `{"reference":"rec-1"}`,
			Signing: &Signing{Header: "X-Sig", Secret: "s"}}})
	if err != nil {
		t.Fatal(err)
	}
	if saved.ID == "" || saved.Name != "Lead processed" || saved.UpdatedAt.IsZero() {
		t.Errorf("saved %+v", saved)
	}
	srv.SaveTemplate(Template{Name: "A first", Target: "x"})
	saved.Request.Method = "PUT"
	if _, err := srv.SaveTemplate(saved); err != nil {
		t.Fatal(err)
	}
	list, _ := srv.Templates()
	if len(list) != 2 || list[0].Name != "A first" || list[1].Request.Method != "PUT" ||
		list[1].Request.Signing == nil {
		t.Errorf("templates %+v", list)
	}

	for _, bad := range []Template{{Name: "  "}, {Name: "x", Request: Request{Method: "a b"}}} {
		if _, err := srv.SaveTemplate(bad); err == nil {
			t.Errorf("saved %+v", bad)
		}
	}
	if err := srv.DeleteTemplate(saved.ID); err != nil {
		t.Fatal(err)
	}
	if err := srv.DeleteTemplate(saved.ID); !errors.Is(err, ErrTemplateNotFound) {
		t.Errorf("second delete: %v", err)
	}
	if list, _ := srv.Templates(); len(list) != 1 {
		t.Errorf("after delete: %+v", list)
	}
}
