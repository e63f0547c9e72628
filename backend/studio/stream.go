package studio

import (
	"context"
	"errors"
	"time"

	"attio-studio/backend/calllog"
)

// streamBuffer is how many events a slow consumer may fall behind before its stream ends with
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

// StreamEvents hands the session's events to send in batches: those gathered in gatherWindow,
// in order, where a call's newer event replaces its older one still waiting (a call that started
// and finished meanwhile is sent finished). It returns nil when ctx ends, send's error when
// send fails, and ErrEventsDropped when send falls streamBuffer events behind.
func (s *Session) StreamEvents(ctx context.Context, send func([]Event) error) error {
	events := make(chan Event, streamBuffer)
	dropped := make(chan struct{})
	cancel := s.Subscribe(func(e Event) {
		select {
		case events <- e:
		default:
			select {
			case <-dropped:
			default:
				close(dropped)
			}
		}
	})
	defer cancel()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-dropped:
			return ErrEventsDropped
		case e := <-events:
			if err := send(gather(ctx, events, e)); err != nil {
				return err
			}
		}
	}
}

// gather returns first and the events that arrive within gatherWindow of now (at most
// streamBuffer), a call's waiting event replaced by its newer one.
func gather(ctx context.Context, events <-chan Event, first Event) []Event {
	batch := []Event{first}
	calls := map[string]int{} // call id → its event's index in batch
	if c, ok := first.Data.(calllog.Call); ok && first.Name == EventCall {
		calls[c.ID] = 0
	}
	window := time.NewTimer(gatherWindow)
	defer window.Stop()
	for len(batch) < streamBuffer {
		select {
		case <-ctx.Done():
			return batch
		case <-window.C:
			return batch
		case e := <-events:
			c, isCall := e.Data.(calllog.Call)
			if !isCall || e.Name != EventCall {
				// Nothing moves past another kind of event: a call that finishes after the log
				// is cleared must not be folded into its start before the clearing.
				clear(calls)
				batch = append(batch, e)
				continue
			}
			if i, waiting := calls[c.ID]; waiting {
				batch[i] = e
				continue
			}
			calls[c.ID] = len(batch)
			batch = append(batch, e)
		}
	}
	return batch
}
