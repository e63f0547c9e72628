package studio

import (
	"context"
	"errors"
	"sync"
	"time"

	"attio-studio/backend/calllog"
)

// streamBuffer is how many events may wait for a slow consumer before its stream ends with
// ErrEventsDropped.
const streamBuffer = 1024

// gatherWindow is how long the first of several events waits for the others to be sent with
// it. A thousand calls a second would otherwise be two thousand messages, each one a task for
// the page; gathered, they are at most one every 8 ms, well inside the 50 ms in which a
// finished call should be on screen.
const gatherWindow = 8 * time.Millisecond

// ErrEventsDropped ends a stream whose consumer fell too far behind: events were lost, and what
// it shows must be loaded again.
var ErrEventsDropped = errors.New("too many events waiting; load what is shown again")

// StreamEvents hands the session's events to send in batches: first an empty one as soon as the
// stream is subscribed, then those gathered in gatherWindow, in order, where a call's newer
// event replaces its older one still waiting (a call that started and finished meanwhile is
// sent finished). It returns nil when ctx ends, send's error when send fails, and
// ErrEventsDropped when streamBuffer events wait for send.
func (s *Session) StreamEvents(ctx context.Context, send func([]Event) error) error {
	q := newEventQueue()
	defer s.Subscribe(q.push)()
	// An empty first batch says the stream is subscribed: whatever the consumer loads from now
	// on, a change after it reaches the consumer.
	if err := send([]Event{}); err != nil {
		return err
	}
	window := time.NewTimer(gatherWindow)
	window.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-q.ready:
		}
		// The first event of a batch has arrived; give the others the window to join it, unless
		// so many arrive that the batch is full before.
		window.Reset(gatherWindow)
		select {
		case <-ctx.Done():
			return nil
		case <-window.C:
		case <-q.full:
			window.Stop()
		}
		batch, dropped := q.take()
		if dropped {
			return ErrEventsDropped
		}
		if len(batch) == 0 {
			continue
		}
		if err := send(batch); err != nil {
			return err
		}
	}
}

// eventQueue holds the events waiting for one stream. Publishers append under its lock and wake
// the stream only with the first event of a batch, so a busy app costs one wake-up of the
// stream's goroutine a batch rather than one an event.
type eventQueue struct {
	ready chan struct{} // the first event of a batch is waiting
	full  chan struct{} // a batch's worth is waiting

	mu      sync.Mutex
	events  []Event
	calls   map[string]int // call id → its waiting event's index, since the last other event
	dropped bool
}

func newEventQueue() *eventQueue {
	return &eventQueue{ready: make(chan struct{}, 1), full: make(chan struct{}, 1),
		calls: map[string]int{}}
}

// push adds e, in place of the same call's event when one is waiting. Nothing moves past an
// event of another kind: a call that finishes after the log is cleared must not be folded into
// its start from before the clearing.
func (q *eventQueue) push(e Event) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.dropped {
		return
	}
	c, isCall := e.Data.(calllog.Call)
	isCall = isCall && e.Name == EventCall
	if isCall {
		if i, waiting := q.calls[c.ID]; waiting {
			q.events[i] = e
			return
		}
	} else {
		clear(q.calls)
	}
	if len(q.events) == streamBuffer {
		q.dropped, q.events = true, nil
		signal(q.ready)
		signal(q.full)
		return
	}
	if isCall {
		q.calls[c.ID] = len(q.events)
	}
	q.events = append(q.events, e)
	switch len(q.events) {
	case 1:
		signal(q.ready)
	case streamBuffer / 2:
		signal(q.full)
	}
}

// take returns the waiting events and empties the queue, or reports that events were dropped.
func (q *eventQueue) take() (batch []Event, dropped bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	batch, q.events = q.events, nil
	clear(q.calls)
	select { // a batch taken early leaves no stale signal for the next one
	case <-q.full:
	default:
	}
	return batch, q.dropped
}

func signal(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}
