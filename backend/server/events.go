package server

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/coder/websocket"

	"attio-studio/backend/studio"
)

// eventBuffer is how many events a slow page may fall behind before it is disconnected; it
// reconnects and reloads what it shows.
const eventBuffer = 1024

// serveEvents streams the session's events to a page over a WebSocket, one JSON message each.
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
	for {
		select {
		case <-ctx.Done():
			return
		case <-overflow:
			conn.Close(websocket.StatusPolicyViolation, "too many events; reconnect")
			return
		case e := <-events:
			raw, err := json.Marshal(e)
			if err != nil {
				s.logger.Error("could not encode an event", "event", e.Name, "err", err)
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
