package studio

import (
	"runtime/debug"
	"time"
)

// idleCheck is how often the session looks whether its data file was written. Once a period
// with writes is followed by a quiet one, the studio gives back the memory the burst of work
// took: the data file's mapped pages and the Go heap's free spans.
const idleCheck = 5 * time.Second

// releaseWhenIdle starts the check and returns the function that stops it.
func (s *Session) releaseWhenIdle() (stop func()) {
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		ticker := time.NewTicker(idleCheck)
		defer ticker.Stop()
		idle := idleWatch{seen: s.store.Writes()}
		for {
			select {
			case <-quit:
				return
			case <-ticker.C:
				if idle.settled(s.store.Writes()) {
					s.releaseMemory()
				}
			}
		}
	}()
	return func() {
		close(quit)
		<-done
	}
}

// idleWatch tells, from a count of writes read once a period, when work has just settled.
type idleWatch struct {
	seen uint64
	busy bool
}

// settled reports whether the count, unchanged since the last period, had changed in the one
// before: once after each burst, not again while the studio stays idle.
func (w *idleWatch) settled(writes uint64) bool {
	if writes != w.seen {
		w.seen, w.busy = writes, true
		return false
	}
	settled := w.busy
	w.busy = false
	return settled
}

// releaseMemory gives the data file's mapped pages and the heap's free memory back to the
// system, so that the studio's resident size returns to what it was before a burst of calls.
func (s *Session) releaseMemory() {
	if err := s.store.ReleaseMemory(); err != nil {
		s.logger.Warn("could not release the data file's mapped pages", "err", err)
	}
	debug.FreeOSMemory()
}
