package world

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// readAll draws what a small piece of app code would: two clock readings, a Math.random, eight
// random bytes and a UUID.
func readAll(s *Source) []any {
	b := make([]byte, 8)
	s.Read(b)
	return []any{s.Now().UnixMicro(), s.Float64(), s.SinceOrigin(), b, s.UUID()}
}

func TestReplayingGivesTheSameReadings(t *testing.T) {
	first := New()
	want := readAll(first)
	rec := first.Recording()
	if rec == nil || len(rec.Clock) != 2 || rec.Seed == "" || rec.Origin == 0 {
		t.Fatalf("recording = %+v", rec)
	}
	time.Sleep(2 * time.Millisecond)

	again := Replaying(rec)
	if diff := cmp.Diff(want, readAll(again)); diff != "" {
		t.Errorf("replay read other values (-first +replay):\n%s", diff)
	}
	if diff := cmp.Diff(rec, again.Recording()); diff != "" {
		t.Errorf("the replay's own recording differs (-first +replay):\n%s", diff)
	}
}

func TestFreshSourcesDiffer(t *testing.T) {
	a, b := New(), New()
	if a.UUID() == b.UUID() || a.Float64() == b.Float64() {
		t.Error("two calls drew the same random values")
	}
}

func TestReplayClockRunsOnPastTheRecording(t *testing.T) {
	first := New()
	last := first.Now()
	again := Replaying(first.Recording())
	again.Now()
	next := again.Now()
	if next.Before(last) || next.Sub(last) > time.Second {
		t.Errorf("the clock after the recording reads %v, the last recorded was %v", next, last)
	}
}

func TestNothingReadRecordsNothing(t *testing.T) {
	if rec := New().Recording(); rec != nil {
		t.Errorf("recording of an unused source = %+v", rec)
	}
}

func TestUUIDIsVersion4(t *testing.T) {
	id := New().UUID()
	if len(id) != 36 || id[14] != '4' || !containsRune("89ab", rune(id[19])) {
		t.Errorf("UUID %s is not a version 4 UUID", id)
	}
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}
