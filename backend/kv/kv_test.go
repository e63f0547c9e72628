package kv

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"attio-studio/backend/store"
)

// clock is a settable clock for expiry tests.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

func open(t *testing.T, path string, c *clock) (*Store, *store.Store) {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return New(st, Options{Now: c.Now}), st
}

func newStore(t *testing.T) (*Store, *clock) {
	c := &clock{now: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	s, _ := open(t, filepath.Join(t.TempDir(), "data.db"), c)
	return s, c
}

func get(t *testing.T, s *Store, key string) string {
	t.Helper()
	v, found, err := s.Get(context.Background(), key)
	if err != nil {
		t.Fatal(err)
	}
	if !found {
		return "<missing>"
	}
	return string(v)
}

func TestSetGetDelete(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		value string
		want  string
	}{
		{"object", `{"a": [1, 2, {"b": null}]}`, `{"a":[1,2,{"b":null}]}`},
		{"string", `"hello"`, `"hello"`},
		{"number", `42.5`, `42.5`},
		{"null", `null`, `null`},
		{"unicode key and value", `"é€😀"`, `"é€😀"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := newStore(t)
			key := "key:" + tt.name
			if err := s.Set(ctx, key, json.RawMessage(tt.value), 0); err != nil {
				t.Fatal(err)
			}
			if got := get(t, s, key); got != tt.want {
				t.Errorf("get = %s, want %s", got, tt.want)
			}
			if err := s.Delete(ctx, key); err != nil {
				t.Fatal(err)
			}
			if got := get(t, s, key); got != "<missing>" {
				t.Errorf("after delete: %s", got)
			}
			if err := s.Delete(ctx, key); err != nil {
				t.Errorf("deleting a missing key: %v", err)
			}
		})
	}
}

func TestMGetKeepsOrderAndMarksMissing(t *testing.T) {
	ctx := context.Background()
	s, _ := newStore(t)
	s.Set(ctx, "a", json.RawMessage(`1`), 0)
	s.Set(ctx, "c", json.RawMessage(`3`), 0)
	got, err := s.MGet(ctx, []string{"c", "b", "a", "c"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"3", "", "1", "3"}
	for i := range want {
		if string(got[i]) != want[i] || (want[i] == "") != (got[i] == nil) {
			t.Errorf("item %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestTTLIsMeasuredAgainstTheClock(t *testing.T) {
	ctx := context.Background()
	s, c := newStore(t)
	s.Set(ctx, "session", json.RawMessage(`"abc"`), 60*time.Second)
	s.Set(ctx, "forever", json.RawMessage(`true`), 0)

	steps := []struct {
		advance       time.Duration
		session, live string
	}{
		{0, `"abc"`, "forever,session"},
		{59 * time.Second, `"abc"`, "forever,session"},
		{time.Second, "<missing>", "forever"}, // expires exactly at its deadline
		{time.Hour, "<missing>", "forever"},
	}
	for _, st := range steps {
		c.advance(st.advance)
		if got := get(t, s, "session"); got != st.session {
			t.Errorf("after %v: session = %s, want %s", st.advance, got, st.session)
		}
		list, err := s.List(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var keys []string
		for _, e := range list {
			keys = append(keys, e.Key)
		}
		if strings.Join(keys, ",") != st.live {
			t.Errorf("live keys %v, want %s", keys, st.live)
		}
	}
	if got := get(t, s, "forever"); got != "true" {
		t.Errorf("an entry without a ttl expired: %s", got)
	}
}

func TestSetRenewsExpiry(t *testing.T) {
	ctx := context.Background()
	s, c := newStore(t)
	s.Set(ctx, "k", json.RawMessage(`1`), time.Minute)
	c.advance(50 * time.Second)
	s.Set(ctx, "k", json.RawMessage(`2`), 0)
	c.advance(time.Hour)
	if got := get(t, s, "k"); got != "2" {
		t.Errorf("renewed key = %s, want 2 without expiry", got)
	}
}

func TestPurgeRemovesOnlyExpired(t *testing.T) {
	ctx := context.Background()
	s, c := newStore(t)
	s.Set(ctx, "short", json.RawMessage(`1`), time.Second)
	s.Set(ctx, "long", json.RawMessage(`2`), time.Hour)
	c.advance(time.Minute)
	n, err := s.Purge(ctx)
	if err != nil || n != 1 {
		t.Fatalf("purge = %d, %v; want 1", n, err)
	}
	if got := get(t, s, "long"); got != "2" {
		t.Errorf("long = %s", got)
	}
}

func TestEntriesPersistAcrossReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "data.db")
	c := &clock{now: time.Now()}
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	New(st, Options{Now: c.Now}).Set(ctx, "kept", json.RawMessage(`{"n":1}`), time.Hour)
	st.Close()

	s, _ := open(t, path, c)
	if got := get(t, s, "kept"); got != `{"n":1}` {
		t.Errorf("after reopening: %s", got)
	}
}

func TestRejectsWhatCannotBeStored(t *testing.T) {
	ctx := context.Background()
	s, _ := newStore(t)
	tests := []struct {
		name    string
		do      func() error
		wantErr error
		want    string
	}{
		{"empty key", func() error { return s.Set(ctx, "", json.RawMessage(`1`), 0) }, ErrInvalidKey,
			"cannot be empty"},
		{"long key", func() error {
			return s.Set(ctx, strings.Repeat("k", MaxKeyBytes+1), json.RawMessage(`1`), 0)
		}, ErrInvalidKey, "more than the 32768 a key can have"},
		{"not JSON", func() error { return s.Set(ctx, "k", json.RawMessage(`{`), 0) }, ErrInvalidValue,
			`kv.set("k"): the value is not JSON`},
		{"negative ttl", func() error { return s.Set(ctx, "k", json.RawMessage(`1`), -time.Second) }, nil,
			"negative"},
		{"empty key in mget", func() error { _, err := s.MGet(ctx, []string{"a", ""}); return err },
			ErrInvalidKey, "cannot be empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.do()
			if err == nil || !strings.Contains(err.Error(), tt.want) ||
				(tt.wantErr != nil && !errors.Is(err, tt.wantErr)) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	s, _ := newStore(t)
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.Set(ctx, "k", json.RawMessage(`1`), 0); err != nil {
				t.Error(err)
			}
			if _, _, err := s.Get(ctx, "k"); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
}
