package runtime

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"attio-studio/backend/calllog"
)

// worldReader reads everything a replay must give back: the clock three ways, Math.random,
// crypto's UUIDs and bytes, and two answers from the same URL that differ.
const worldReader = `async () => {
  const started = performance.now()
  const a = await (await fetch("https://alc.test/count")).json()
  const b = await (await fetch("https://alc.test/count")).json()
  return {
    now: Date.now(), iso: new Date().toISOString(), took: performance.now() - started,
    origin: performance.timeOrigin, random: Math.random(), uuid: crypto.randomUUID(),
    bytes: Array.from(crypto.getRandomValues(new Uint8Array(4))), answers: [a.n, b.n],
  }
}`

// countingFetch answers {"n": k} for the k-th request and records each exchange in the call,
// as the studio's outbound client does.
func countingFetch(n *atomic.Int32) func(context.Context, *http.Request) (*http.Response,
	error) {
	return func(ctx context.Context, req *http.Request) (*http.Response, error) {
		started := time.Now()
		body := fmt.Sprintf(`{"n":%d}`, n.Add(1))
		calllog.FromContext(ctx).Request(calllog.Request{Method: req.Method,
			URL: req.URL.String(), Status: 200, ResponseBody: body, Source: "mock",
			ResponseHeaders: map[string]string{"Content-Type": "application/json"}}, started)
		return &http.Response{StatusCode: 200, Status: "200 OK",
			Header: http.Header{"Content-Type": {"application/json"}},
			Body:   io.NopCloser(strings.NewReader(body))}, nil
	}
}

func TestDeterministicReplayGivesTheSameResult(t *testing.T) {
	var sent atomic.Int32
	p := compile(t, spec{functions: mods{"world.server": worldReader}})
	rt := New(p, Services{Fetch: countingFetch(&sent)}, Options{})

	var first json.RawMessage
	original := recorded(t, func(ctx context.Context) {
		var err error
		if first, err = rt.CallFunction(ctx, "world.server", nil); err != nil {
			t.Fatal(err)
		}
	})
	if original.World == nil || len(original.World.Clock) < 4 || original.World.Seed == "" {
		t.Fatalf("the call's world was not recorded: %+v", original.World)
	}
	time.Sleep(5 * time.Millisecond)

	var again json.RawMessage
	replayed := recorded(t, func(ctx context.Context) {
		var err error
		ctx = WithReplay(ctx, Replay{World: original.World, Requests: original.Requests})
		if again, err = rt.CallFunction(ctx, "world.server", nil); err != nil {
			t.Fatal(err)
		}
	})
	if diffs := calllog.Diff(first, again); len(diffs) > 0 {
		t.Errorf("the replay answered differently:\nfirst  %s\nreplay %s\n%+v", first, again, diffs)
	}
	if sent.Load() != 2 {
		t.Errorf("%d requests were sent; the replay must send none", sent.Load())
	}
	if len(replayed.Requests) != 2 || replayed.Requests[0].Source != SourceReplay {
		t.Errorf("replayed requests recorded as %+v", replayed.Requests)
	}

	live := recorded(t, func(ctx context.Context) {
		var err error
		if again, err = rt.CallFunction(ctx, "world.server", nil); err != nil {
			t.Fatal(err)
		}
	})
	if len(calllog.Diff(first, again)) == 0 || live.World.Seed == original.World.Seed {
		t.Error("a call that is not a replay read the same clock and random values")
	}
}

func TestReplayFailsARequestTheOriginalDidNotMake(t *testing.T) {
	p := compile(t, spec{functions: mods{"f.server": `async () => {
  try { await fetch("https://alc.test/new", {method: "POST", body: "{}"}) }
  catch (e) { return String(e.cause ?? e) }
}`}})
	var sent atomic.Int32
	rt := New(p, Services{Fetch: countingFetch(&sent)}, Options{})
	var got json.RawMessage
	c := recorded(t, func(ctx context.Context) {
		ctx = WithReplay(ctx, Replay{Requests: []calllog.Request{
			{Method: "GET", URL: "https://alc.test/new", Status: 200}}})
		got, _ = rt.CallFunction(ctx, "f.server", nil)
	})
	if !strings.Contains(string(got), "no POST https://alc.test/new") || sent.Load() != 0 {
		t.Errorf("result %s, %d sent", got, sent.Load())
	}
	if len(c.Requests) != 1 || c.Requests[0].Error == "" || c.Requests[0].RequestBody != "{}" {
		t.Errorf("the unanswered request was recorded as %+v", c.Requests)
	}
}

func TestReplayGivesBackARecordedFailure(t *testing.T) {
	p := compile(t, spec{functions: mods{"f.server": `async () => {
  try { await fetch("https://down.test/") } catch (e) { return e.message + ": " + (e.cause?.message ?? e.cause) }
}`}})
	rt := New(p, Services{}, Options{})
	got, err := rt.CallFunction(WithReplay(context.Background(), Replay{Requests: []calllog.Request{
		{Method: "GET", URL: "https://down.test/", Error: "connection refused"}}}), "f.server", nil)
	if err != nil || !strings.Contains(string(got), "connection refused") {
		t.Errorf("got %s, %v", got, err)
	}
}
