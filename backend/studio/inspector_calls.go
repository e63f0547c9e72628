package studio

import (
	"fmt"

	"attio-studio/backend/calllog"
)

// EventCallsCleared says the call log was cleared; it carries no data.
const EventCallsCleared = "calls-cleared"

// QueryCalls returns a page of call summaries chosen by filter, newest first, numbered before
// the id before ("" for the newest).
func (s *Session) QueryCalls(filter calllog.Filter, limit int, before string) (calllog.Page,
	error) {
	return s.calls.Query(filter, limit, before)
}

// CountCalls is how many calls the log keeps.
func (s *Session) CountCalls() (int, error) { return s.calls.Count() }

// ClearCalls forgets every finished call and tells subscribers.
func (s *Session) ClearCalls() error {
	if err := s.calls.Clear(); err != nil {
		return fmt.Errorf("clear the call log: %w", err)
	}
	s.events.publish(Event{Name: EventCallsCleared, Data: nil})
	return nil
}

// CallRetention is how many calls the log keeps before dropping the oldest.
func (s *Session) CallRetention() int { return s.calls.Retention() }

// SetCallRetention changes how many calls the log keeps, for this and later sessions.
func (s *Session) SetCallRetention(n int) error { return s.calls.SetRetention(n) }
