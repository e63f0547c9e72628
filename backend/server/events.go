package server

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/coder/websocket"

	"attio-studio/backend/calllog"
	"attio-studio/backend/studio"
)

// eventBuffer is how many events a slow page may fall behind before it is disconnected; it
// reconnects and reloads what it shows.
const eventBuffer = 1024

// gatherWindow is how long the first of several events waits for the others to be sent with
// it. A thousand calls a second would otherwise be two thousand messages, each one a task for
// the page and the browser's network process; gathered, they are at most one every 8 ms, well
// inside the 50 ms in which a finished call should be on screen.
const gatherWindow = 8 * time.Millisecond

// serveEvents streams the session's events to a page over a WebSocket. Each message is a JSON
// array of the events gathered in gatherWindow, in order, where a call's newer event replaces
// its older one still waiting (a call that started and finished meanwhile is sent finished).
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	conn, err := websocket.Accept(w, r, nil)
	if err != nil {
		return
	}
	defer conn.CloseNow()

	events := make(chan studio.Event, eventBuffer)
	overflow := make(chan struct{})
	cancel := s.session.Subscribe(func(e studio.Event) {
		select {
		case events <- e:
		default:
			select {
			case <-overflow:
			default:
				close(overflow)
			}
		}
	})
	defer cancel()

	ctx := conn.CloseRead(r.Context())
	var batch []studio.Event
	for {
		select {
		case <-ctx.Done():
			return
		case <-overflow:
			conn.Close(websocket.StatusPolicyViolation, "too many events; reconnect")
			return
		case e := <-events:
			batch = gather(ctx, events, append(batch[:0], e))
			raw, err := json.Marshal(batch)
			if err != nil {
				s.logger.Error("could not encode events", "events", len(batch), "err", err)
				continue
			}
			wctx, done := context.WithTimeout(ctx, 10*time.Second)
			err = conn.Write(wctx, websocket.MessageText, raw)
			done()
			if err != nil {
				return
			}
		}
	}
}

// gather adds to batch the events that arrive within gatherWindow of now, or until the batch
// is as long as the buffer, replacing a call's waiting event by its newer one.
func gather(ctx context.Context, events <-chan studio.Event, batch []studio.Event) []studio.Event {
	calls := map[string]int{} // call id → its event's index in batch
	if c, ok := batch[0].Data.(calllog.Call); ok && batch[0].Name == studio.EventCall {
		calls[c.ID] = 0
	}
	window := time.NewTimer(gatherWindow)
	defer window.Stop()
	for len(batch) < eventBuffer {
		select {
		case <-ctx.Done():
			return batch
		case <-window.C:
			return batch
		case e := <-events:
			c, isCall := e.Data.(calllog.Call)
			if !isCall || e.Name != studio.EventCall {
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
