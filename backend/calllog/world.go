package calllog

// MaxClockReads caps the clock readings kept for one call; a call that reads the clock more
// often (a busy loop polling Date.now()) keeps the first ones and is marked ClockTruncated.
const MaxClockReads = 10000

// World is what server code read from outside its arguments: the clock and random numbers. It is
// kept with the call so a deterministic replay can give the code the same readings again. Times
// are Unix microseconds, which JavaScript numbers hold exactly.
type World struct {
	// Origin is the call's time origin (performance.timeOrigin).
	Origin int64 `json:"origin,omitempty"`
	// Clock lists every reading of the clock (Date.now(), new Date(), performance.now()) in
	// the order the code made them.
	Clock []int64 `json:"clock,omitempty"`
	// ClockTruncated says readings past MaxClockReads were not kept.
	ClockTruncated bool `json:"clockTruncated,omitempty"`
	// Seed is the hex seed every random value of the call came from (Math.random,
	// crypto.getRandomValues, crypto.randomUUID); empty when the call drew none.
	Seed string `json:"seed,omitempty"`
}

// Empty reports whether the call read neither the clock nor random numbers.
func (w *World) Empty() bool {
	return w == nil || (len(w.Clock) == 0 && w.Seed == "" && !w.ClockTruncated)
}
