package server

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/coder/websocket"

	"attio-studio/backend/studio"
)

// serveEvents streams the session's events to a page over a WebSocket, each message a JSON array
// of the events Session.StreamEvents gathered. A page that falls too far behind is disconnected;
// it reconnects and loads what it shows again.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	conn, err := websocket.Accept(w, r, nil)
	if err != nil {
		return
	}
	defer conn.CloseNow()

	ctx := conn.CloseRead(r.Context())
	err = s.session.StreamEvents(ctx, func(batch []studio.Event) error {
		raw, err := studio.EncodeEvents(batch)
		if err != nil {
			s.logger.Error("could not encode events", "events", len(batch), "err", err)
			return nil
		}
		wctx, done := context.WithTimeout(ctx, 10*time.Second)
		defer done()
		return conn.Write(wctx, websocket.MessageText, raw)
	})
	if errors.Is(err, studio.ErrEventsDropped) {
		conn.Close(websocket.StatusPolicyViolation, "too many events; reconnect")
	}
}
