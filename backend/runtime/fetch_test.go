package runtime

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestFetchThroughServices(t *testing.T) {
	fake := &fakeFetch{handler: func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		switch r.URL.Path {
		case "/leads":
			w.Header().Set("Content-Type", "application/json")
			w.Header().Add("Set-Cookie", "a=1")
			w.Header().Add("Set-Cookie", "b=2")
			w.WriteHeader(201)
			w.Write([]byte(`{"id":"lead-1","echo":` + string(body) + `}`))
		case "/missing":
			w.WriteHeader(404)
			w.Write([]byte("no such lead"))
		default:
			w.Write(body)
		}
	}}
	p := compile(t, spec{functions: mods{
		"post.server": `async () => {
			const res = await fetch("https://alc.test/leads", { method: "POST",
				headers: { "X-Api-Key": "k", "content-type": "application/json" },
				body: JSON.stringify({ name: "Ann" }) });
			return { status: res.status, ok: res.ok, statusText: res.statusText, url: res.url,
				type: res.headers.get("content-type"), cookies: res.headers.getSetCookie(),
				json: await res.json(), used: res.bodyUsed };
		}`,
		"text.server": `async () => {
			const res = await fetch(new URL("https://alc.test/missing"));
			return [res.status, res.ok, await res.text()];
		}`,
		"bytes.server": `async () => {
			const res = await fetch("https://alc.test/echo", { method: "put", body: new Uint8Array([104, 105]) });
			const buf = await res.arrayBuffer();
			return [buf.byteLength, new TextDecoder().decode(buf)];
		}`,
		"request.server": `async () => {
			const req = new Request("https://alc.test/echo?x=1", { method: "POST", body: "hello" });
			const res = await fetch(req);
			return [req.method, req.headers.get("content-type"), await res.text()];
		}`,
		"twice.server": `async () => {
			const res = await fetch("https://alc.test/echo", { method: "POST", body: "x" });
			await res.text();
			try { await res.text(); return "read twice"; } catch (e) { return e.constructor.name + ": " + e.message; }
		}`,
	}})
	rt := New(p, Services{Fetch: fake.Do}, Options{})
	tests := []struct{ id, want string }{
		{"post.server", `{"status":201,"ok":true,"statusText":"Created","url":"https://alc.test/leads",` +
			`"type":"application/json","cookies":["a=1","b=2"],` +
			`"json":{"id":"lead-1","echo":{"name":"Ann"}},"used":true}`},
		{"text.server", `[404,false,"no such lead"]`},
		{"bytes.server", `[2,"hi"]`},
		{"request.server", `["POST","text/plain;charset=UTF-8","hello"]`},
		{"twice.server", `"TypeError: Body is unusable: the body has already been read"`},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			got, err := rt.CallFunction(context.Background(), tt.id, nil)
			if err != nil || string(got) != tt.want {
				t.Fatalf("got %s, %v\nwant %s", got, err, tt.want)
			}
		})
	}
	first := fake.requests()[0]
	if first.Method != "POST" || first.Header.Get("X-Api-Key") != "k" || first.Body != `{"name":"Ann"}` {
		t.Errorf("the outbound client saw %+v", first)
	}
}

func TestFetchFailures(t *testing.T) {
	p := compile(t, spec{functions: mods{
		"down.server": `async () => {
			try { await fetch("https://down.test/"); } catch (e) {
				return [e instanceof TypeError, e.message, String(e.cause && e.cause.message)];
			}
		}`,
		"badurl.server":   `async () => { try { await fetch("not a url"); } catch (e) { return e.message; } }`,
		"getbody.server":  `async () => { try { new Request("https://a.test", { body: "x" }); } catch (e) { return e.message; } }`,
		"uncaught.server": `async () => { await fetch("https://down.test/"); }`,
	}})
	rt := New(p, Services{Fetch: (&fakeFetch{err: errors.New("dial tcp: no such host")}).Do}, Options{})
	tests := []struct{ id, want string }{
		{"down.server", `[true,"fetch failed","dial tcp: no such host"]`},
		{"badurl.server", `"Failed to parse URL from not a url"`},
		{"getbody.server", `"Request with GET/HEAD method cannot have body."`},
	}
	for _, tt := range tests {
		got, err := rt.CallFunction(context.Background(), tt.id, nil)
		if err != nil || string(got) != tt.want {
			t.Errorf("%s: got %s, %v; want %s", tt.id, got, err, tt.want)
		}
	}
	_, err := rt.CallFunction(context.Background(), "uncaught.server", nil)
	var se *ScriptError
	if !errors.As(err, &se) || se.Name != "TypeError" || se.Message != "fetch failed" {
		t.Errorf("uncaught fetch failure: %v", err)
	}
}

func TestHeadersAndResponseBehaveLikeTheWeb(t *testing.T) {
	p := compile(t, spec{functions: mods{"headers.server": `async () => {
		const h = new Headers([["B", "2"], ["a", "1"]]);
		h.append("a", "3");
		h.set("C", " padded ");
		h.delete("b");
		const r = Response.json({ ok: 1 }, { status: 202 });
		let bad;
		try { new Response("x", { status: 99 }); } catch (e) { bad = e.name; }
		let badName;
		try { h.set("bad name", "x"); } catch (e) { badName = e.name; }
		return { entries: [...h], has: h.has("A"), missing: h.get("zz"), status: r.status,
			type: r.headers.get("content-type"), body: await r.json(), bad, badName,
			tag: Object.prototype.toString.call(h) };
	}`}})
	got, err := New(p, Services{}, Options{}).CallFunction(context.Background(), "headers.server", nil)
	want := `{"entries":[["a","1, 3"],["c","padded"]],"has":true,"missing":null,"status":202,` +
		`"type":"application/json","body":{"ok":1},"bad":"RangeError","badName":"TypeError",` +
		`"tag":"[object Headers]"}`
	if err != nil || string(got) != want {
		t.Fatalf("got %s, %v\nwant %s", got, err, want)
	}
}

func TestHandleWebhook(t *testing.T) {
	p := compile(t, spec{webhooks: mods{
		"lead-processed": `async (request) => {
			const event = await request.json().catch(() => null);
			if (typeof event?.reference !== "string") return new Response("Expected a reference", { status: 400 });
			return Response.json({ got: event.reference, method: request.method, url: request.url,
				sig: request.headers.get("x-signature") }, { headers: { "X-Handled": "yes" } });
		}`,
		"empty":        `async () => new Response(null, { status: 204 })`,
		"not-response": `async () => ({ status: 200 })`,
	}})
	rt := New(p, Services{}, Options{})
	tests := []struct {
		file, body string
		status     int
		wantBody   string
		header     string
	}{
		{"lead-processed", `{"reference":"rec-1"}`, 200,
			`{"got":"rec-1","method":"POST","url":"http://127.0.0.1:8765/webhooks/h1?x=1","sig":"s1"}`, "yes"},
		{"lead-processed", `not json`, 400, "Expected a reference", ""},
		{"empty", ``, 204, "", ""},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest("POST", "/webhooks/h1?x=1", strings.NewReader(tt.body))
		req.Host = "127.0.0.1:8765"
		req.Header.Set("X-Signature", "s1")
		resp, err := rt.HandleWebhook(context.Background(), tt.file, req)
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		if resp.Status != tt.status || string(resp.Body) != tt.wantBody || resp.Header.Get("X-Handled") != tt.header {
			t.Errorf("%s %s: got %d %q %v", tt.file, tt.body, resp.Status, resp.Body, resp.Header)
		}
	}
	req, _ := http.NewRequest("GET", "http://127.0.0.1/webhooks/h2", nil)
	_, err := rt.HandleWebhook(context.Background(), "not-response", req)
	var se *ScriptError
	if !errors.As(err, &se) || !strings.Contains(se.Message,
		"Webhook handler not-response must return a Response, but it returned { status: 200 }") {
		t.Errorf("err = %v", err)
	}
	if _, err := rt.HandleWebhook(context.Background(), "nope", req); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown webhook: %v", err)
	}
}
