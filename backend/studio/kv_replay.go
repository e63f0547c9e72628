package studio

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"attio-studio/backend/calllog"
	"attio-studio/backend/runtime"
)

// replayedKV is the app's key-value store as server code sees it: the store itself, except in a
// deterministic replay, whose reads are answered with what the original call read (each key's
// reads in order) and whose writes leave the store as it is, so that the replay answers as the
// original did whatever was written since.
type replayedKV struct{ runtime.KV }

type kvReplayKey struct{}

// kvReplay is the original call's key-value reads, and which of them were given.
type kvReplay struct {
	mu   sync.Mutex
	ops  []calllog.KVOperation
	used []bool
}

// withKVReplay returns a context under which the replayedKV answers reads from ops.
func withKVReplay(ctx context.Context, ops []calllog.KVOperation) context.Context {
	return context.WithValue(ctx, kvReplayKey{}, &kvReplay{ops: ops, used: make([]bool, len(ops))})
}

func kvReplayFrom(ctx context.Context) *kvReplay {
	r, _ := ctx.Value(kvReplayKey{}).(*kvReplay)
	return r
}

// read gives the first read of key the original made and the replay has not been given yet.
func (r *kvReplay) read(key string) (json.RawMessage, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for i, op := range r.ops {
		if !r.used[i] && op.Key == key && (op.Op == "get" || op.Op == "mget") {
			r.used[i] = true
			return op.Value, nil
		}
	}
	return nil, fmt.Errorf("this deterministic replay reads the key %q, which the original call "+
		"did not read (or read fewer times), so there is no recorded value to give; replay it "+
		"live to read the store", key)
}

func (k replayedKV) Get(ctx context.Context, key string) (json.RawMessage, bool, error) {
	r := kvReplayFrom(ctx)
	if r == nil {
		return k.KV.Get(ctx, key)
	}
	v, err := r.read(key)
	return v, v != nil, err
}

func (k replayedKV) MGet(ctx context.Context, keys []string) ([]json.RawMessage, error) {
	r := kvReplayFrom(ctx)
	if r == nil {
		return k.KV.MGet(ctx, keys)
	}
	out := make([]json.RawMessage, len(keys))
	for i, key := range keys {
		v, err := r.read(key)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func (k replayedKV) Set(ctx context.Context, key string, value json.RawMessage,
	ttl time.Duration) error {
	if kvReplayFrom(ctx) != nil {
		return nil
	}
	return k.KV.Set(ctx, key, value, ttl)
}

func (k replayedKV) Delete(ctx context.Context, key string) error {
	if kvReplayFrom(ctx) != nil {
		return nil
	}
	return k.KV.Delete(ctx, key)
}
