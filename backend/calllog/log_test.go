package calllog

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"attio-studio/backend/store"
)

func openLog(t testing.TB) (*Log, *store.Store) {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "data.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	l, err := Open(st, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l.Close)
	return l, st
}

func TestCallIsRecordedWithChildren(t *testing.T) {
	l, _ := openLog(t)
	var seen []Status
	var mu sync.Mutex
	l.Subscribe(func(c Call) { mu.Lock(); seen = append(seen, c.Status); mu.Unlock() })

	r := l.Start(KindServerFunction, "send.server", "", json.RawMessage(`["a"]`))
	ctx := WithRecorder(context.Background(), r)
	FromContext(ctx).Console("log", "hello")
	req := Request{Method: "POST", URL: "https://x.test", Status: 201, Source: "mock"}
	FromContext(ctx).Request(req, time.Now())
	r.Finish(json.RawMessage(`{"ok":true}`), nil)

	c, found, err := l.Get(r.ID())
	if err != nil || !found {
		t.Fatalf("get: found=%v err=%v", found, err)
	}
	if c.Status != StatusOK || string(c.Result) != `{"ok":true}` {
		t.Errorf("call = %+v", c)
	}
	if len(c.Console) != 1 || c.Console[0].Text != "hello" || len(c.Requests) != 1 {
		t.Errorf("children = %+v %+v", c.Console, c.Requests)
	}
	if len(seen) != 2 || seen[0] != StatusRunning || seen[1] != StatusOK {
		t.Errorf("published statuses %v, want running then ok", seen)
	}
}

func TestNilRecorderIsSafe(t *testing.T) {
	r := FromContext(context.Background())
	r.Console("log", "x")
	r.NotifyAt("toast", nil, time.Now())
	if r.ID() != "" {
		t.Error("nil recorder has an id")
	}
}

func TestListNewestFirstAndNumberingContinuesAfterReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data.db")
	st, _ := store.Open(path)
	l, _ := Open(st, slog.New(slog.NewTextHandler(io.Discard, nil)))
	for i := 0; i < 3; i++ {
		l.Start(KindEvent, "e", "", nil).Finish(nil, nil)
	}
	l = reopen(t, l, st, path)
	running := l.Start(KindEvent, "e", "", nil)
	calls, _ := l.List(10)
	if len(calls) != 4 {
		t.Fatalf("got %d calls, want 4", len(calls))
	}
	if calls[0].ID != running.ID() || calls[0].ID != formatID(4) || calls[3].ID != formatID(1) {
		t.Errorf("order: %s ... %s", calls[0].ID, calls[3].ID)
	}
}

// reopen closes l and its store st and opens the log in the data file at path again, as a
// studio started anew would; the test closes what it opens.
func reopen(t *testing.T, l *Log, st *store.Store, path string) *Log {
	t.Helper()
	l.Close()
	st.Close()
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	l, err = Open(st, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l.Close)
	return l
}

func TestCallsRunningWhenClosedAreKeptAsStopped(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data.db")
	st, _ := store.Open(path)
	l, _ := Open(st, slog.New(slog.NewTextHandler(io.Discard, nil)))
	action := l.Start(KindRecordAction, "send", "", json.RawMessage(`{"recordId":"r1"}`))
	action.NotifyAt("dialog", json.RawMessage(`{"title":"Send"}`), time.Now())
	l = reopen(t, l, st, path)
	c, found, err := l.Get(action.ID())
	if err != nil || !found {
		t.Fatalf("the running call was not kept: found %v, %v", found, err)
	}
	if c.Status != StatusError || c.Error == nil || c.Error.Message != StudioStoppedMessage ||
		len(c.Notifications) != 1 {
		t.Errorf("kept as %s, error %+v, %d notifications", c.Status, c.Error, len(c.Notifications))
	}
}

func TestRetentionDropsOldest(t *testing.T) {
	l, st := openLog(t)
	l.retention = 2
	for i := 0; i < 5; i++ {
		l.Start(KindEvent, "e", "", nil).Finish(nil, nil)
	}
	l.Flush()
	var kept, summaries []string
	st.View(func(tx *store.Tx) error {
		tx.ForEach(bucket, func(id string, _ []byte) error { kept = append(kept, id); return nil })
		tx.ForEach(summaryBucket, func(id string, _ []byte) error {
			summaries = append(summaries, id)
			return nil
		})
		return nil
	})
	// The three oldest were past the retention before they were ever written.
	want := []string{formatID(4), formatID(5)}
	if fmt.Sprint(kept) != fmt.Sprint(want) || fmt.Sprint(summaries) != fmt.Sprint(want) {
		t.Errorf("kept calls %v and summaries %v, want %v", kept, summaries, want)
	}
	if calls, _ := l.List(10); len(calls) != 2 {
		t.Errorf("listed %d calls after the write, want 2", len(calls))
	}
}

func TestFinishedCallsAreWrittenInTheBackgroundAndOnClose(t *testing.T) {
	l, st := openLog(t)
	r := l.Start(KindEvent, "e", "", nil)
	id := r.ID()
	r.Finish(nil, nil)
	if c, found, _ := l.Get(id); !found || c.Status != StatusOK {
		t.Fatalf("a just finished call is not readable: %+v %v", c, found)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		var stored bool
		st.View(func(tx *store.Tx) error { stored = tx.GetRaw(bucket, id) != nil; return nil })
		if stored {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the call was never written")
		}
		time.Sleep(10 * time.Millisecond)
	}
	calls, _ := l.List(10)
	if len(calls) != 1 {
		t.Errorf("listed %d calls, want 1 (no duplicate while written)", len(calls))
	}
}
