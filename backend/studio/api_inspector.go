package studio

import (
	"context"
	"encoding/json"

	"attio-studio/backend/calllog"
)

// QueryCalls returns a page of call summaries chosen by filter, newest first; pass a page's
// next as before to get the following one.
func (a *API) QueryCalls(filter calllog.Filter, limit int, before string) (calllog.Page, error) {
	return a.session.QueryCalls(filter, limit, before)
}

// CountCalls is how many calls the log keeps.
func (a *API) CountCalls() (int, error) { return a.session.CountCalls() }

// ClearCalls forgets every finished call; the page gets a "calls-cleared" event.
func (a *API) ClearCalls() error { return a.session.ClearCalls() }

// CallRetention is how many calls the log keeps.
func (a *API) CallRetention() int { return a.session.CallRetention() }

// SetCallRetention changes how many calls the log keeps, dropping older ones now.
func (a *API) SetCallRetention(n int) error { return a.session.SetCallRetention(n) }

// ReplayCall runs a server-side call again with the same arguments, deterministically (the
// original's outbound answers, clock and random values) or live, and compares the outcomes.
func (a *API) ReplayCall(id string, deterministic bool) (ReplayResult, error) {
	return a.session.ReplayCall(context.Background(), id, deterministic)
}

// ExportTimeline returns the trees of the calls ids, or with none the whole log, as JSON.
func (a *API) ExportTimeline(ids []string) (calllog.Timeline, error) {
	return a.session.ExportTimeline(ids)
}

// ExportFixture returns the server-side calls in the trees of ids (or the whole log) as a test
// fixture for the app's own test suite.
func (a *API) ExportFixture(ids []string) (calllog.Fixture, error) {
	return a.session.ExportFixture(ids)
}

// ImportTimeline checks an exported timeline and returns it for read-only viewing.
func (a *API) ImportTimeline(doc json.RawMessage) (calllog.Timeline, error) {
	return a.session.ImportTimeline(doc)
}

// SourceLines returns the lines of an app file around line, with the file's absolute path.
func (a *API) SourceLines(file string, line, around int) (SourceFrame, error) {
	return a.session.SourceLines(file, line, around)
}
