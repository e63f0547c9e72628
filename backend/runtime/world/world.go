// Package world is what a server call reads from outside its arguments — the clock and random
// numbers — behind one Source per call. A Source records what the code read; a Source made from
// such a recording gives the same readings back, in the same order, which is how the studio
// replays a call deterministically.
package world

import (
	"crypto/rand"
	"encoding/hex"
	mathrand "math/rand/v2"
	"sync"
	"time"

	"github.com/google/uuid"

	"attio-studio/backend/calllog"
)

// Source is a call's clock and random numbers. It is safe for concurrent use.
//
// A new Source reads the real clock, and its random numbers come from ChaCha8 seeded from
// crypto/rand the first time the code draws one: as unpredictable as crypto/rand, and kept as
// a seed so the same numbers can be drawn again. A replaying Source gives back the recorded
// clock readings; once they run out (the code reads the clock more often than it did the first
// time) its clock runs on from the last reading at real speed.
type Source struct {
	mu      sync.Mutex
	created time.Time
	origin  time.Time

	replay    []int64 // readings to give back, Unix µs
	given     int
	lastGiven int64     // the last reading given back
	lastAt    time.Time // when it was given

	reads     []int64
	truncated bool

	seed    []byte
	rng     *mathrand.ChaCha8
	replays bool
}

// New returns a Source over the real clock and fresh random numbers.
func New() *Source {
	now := time.Now()
	// Whole microseconds, as recorded, so a replay's performance.now() reads the same.
	return &Source{created: now, origin: time.UnixMicro(now.UnixMicro())}
}

// Replaying returns a Source that gives back what w recorded. A nil w replays nothing: the
// clock starts now and the random numbers are fresh.
func Replaying(w *calllog.World) *Source {
	s := New()
	if w == nil {
		return s
	}
	s.replays = true
	s.replay = w.Clock
	if w.Origin != 0 {
		s.origin = time.UnixMicro(w.Origin)
	}
	s.lastGiven, s.lastAt = s.origin.UnixMicro(), s.created
	if seed, err := hex.DecodeString(w.Seed); err == nil && len(seed) == 32 {
		s.seed = seed
	}
	return s
}

// Now is one reading of the clock (Date.now(), new Date()).
func (s *Source) Now() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	var us int64
	switch {
	case !s.replays:
		us = time.Now().UnixMicro()
	case s.given < len(s.replay):
		us = s.replay[s.given]
		s.given++
		s.lastGiven, s.lastAt = us, time.Now()
	default:
		us = s.lastGiven + time.Since(s.lastAt).Microseconds()
	}
	if len(s.reads) < calllog.MaxClockReads {
		s.reads = append(s.reads, us)
	} else {
		s.truncated = true
	}
	return time.UnixMicro(us)
}

// Origin is the call's time origin (performance.timeOrigin).
func (s *Source) Origin() time.Time { return s.origin }

// SinceOrigin is performance.now(): milliseconds from the origin to a reading of the clock.
func (s *Source) SinceOrigin() float64 {
	return float64(s.Now().Sub(s.origin).Microseconds()) / 1000
}

// Float64 is Math.random(): a number in [0, 1) with 53 random bits.
func (s *Source) Float64() float64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return float64(s.random().Uint64()>>11) / (1 << 53)
}

// Read fills p with random bytes (crypto.getRandomValues). It never fails.
func (s *Source) Read(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.random().Read(p)
}

// UUID is crypto.randomUUID(): a version 4 UUID from the Source's random bytes.
func (s *Source) UUID() string {
	id, err := uuid.NewRandomFromReader(s)
	if err != nil {
		return uuid.NewString() // Read never fails; kept for the type's sake
	}
	return id.String()
}

// random returns the generator, seeding it on first use. s.mu is held.
func (s *Source) random() *mathrand.ChaCha8 {
	if s.rng == nil {
		if s.seed == nil {
			s.seed = make([]byte, 32)
			_, _ = rand.Read(s.seed) // crypto/rand.Read never fails on supported platforms
		}
		s.rng = mathrand.NewChaCha8([32]byte(s.seed))
	}
	return s.rng
}

// Recording is what the code read so far, for the call record; nil when it read nothing.
func (s *Source) Recording() *calllog.World {
	s.mu.Lock()
	defer s.mu.Unlock()
	w := &calllog.World{Clock: append([]int64(nil), s.reads...), ClockTruncated: s.truncated}
	if len(s.reads) > 0 {
		w.Origin = s.origin.UnixMicro()
	}
	if s.rng != nil {
		w.Seed = hex.EncodeToString(s.seed)
	}
	if w.Empty() {
		return nil
	}
	return w
}
