package studio

import (
	"context"
	"strings"
	"testing"

	"attio-studio/backend/calllog"
)

var counterApp = map[string]string{
	"package.json": `{"name": "counter"}`,
	"src/count.server.ts": `import {experimental_kv as kv} from "attio/server"
export default async function () {
  const seen = ((await kv.get("count"))?.value ?? 0) + 1
  await kv.set("count", seen)
  return seen
}
`,
	"src/peek.server.ts": `import {experimental_kv as kv} from "attio/server"
export default async function (key: string) {
  return (await kv.get(key))?.value ?? null
}
`,
}

// A deterministic replay reads the key-value entries the original read and leaves the store
// alone; a live replay reads and writes the store as it is now.
func TestDeterministicReplayReadsWhatTheOriginalRead(t *testing.T) {
	s := openAppWithTimeout(t, counterApp, 0)
	first := callRecord(t, s, "count.server")
	second := callRecord(t, s, "count.server")
	if string(first.Result) != "1" || string(second.Result) != "2" {
		t.Fatalf("the counter does not count: %s %s %+v", first.Result, second.Result, first.Error)
	}
	r, err := s.ReplayCall(context.Background(), first.ID, true)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Same || string(r.Result) != "1" {
		t.Errorf("the deterministic replay answered %s (same %v), want 1", r.Result, r.Same)
	}
	if got := string(callRecord(t, s, "peek.server", `"count"`).Result); got != "2" {
		t.Errorf("after the deterministic replay the store holds %s, want 2 as before", got)
	}
	live, err := s.ReplayCall(context.Background(), first.ID, false)
	if err != nil {
		t.Fatal(err)
	}
	if string(live.Result) != "3" || live.Same {
		t.Errorf("the live replay answered %s (same %v), want 3", live.Result, live.Same)
	}

}

// Each read is given once, in order; a read the original did not make is an error naming it.
func TestKVReplayGivesEachReadOnce(t *testing.T) {
	ctx := withKVReplay(context.Background(), []calllog.KVOperation{
		{Op: "get", Key: "a", Value: []byte("1")}, {Op: "set", Key: "a", Value: []byte("2")},
		{Op: "mget", Key: "a", Value: []byte("2")}, {Op: "get", Key: "b"},
	})
	store := replayedKV{}
	if v, found, err := store.Get(ctx, "a"); err != nil || !found || string(v) != "1" {
		t.Errorf("first read of a: %s %v %v", v, found, err)
	}
	if err := store.Set(ctx, "a", []byte("9"), 0); err != nil {
		t.Errorf("a write in a replay: %v", err)
	}
	vs, err := store.MGet(ctx, []string{"a", "b"})
	if err != nil || len(vs) != 2 || string(vs[0]) != "2" || vs[1] != nil {
		t.Errorf("second read of a and b: %q %v", vs, err)
	}
	if _, _, err := store.Get(ctx, "a"); err == nil ||
		!strings.Contains(err.Error(), `reads the key "a", which the original call did not read`) {
		t.Errorf("a third read of a: %v", err)
	}
}
