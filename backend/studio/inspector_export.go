package studio

import (
	"encoding/json"
	"strings"

	"attio-studio/backend/calllog"
	"attio-studio/backend/runtime"
)

// ExportTimeline returns the trees of the calls ids, or with no ids the whole log, as one
// document that ImportTimeline and the inspector read back.
func (s *Session) ExportTimeline(ids []string) (calllog.Timeline, error) {
	calls, err := s.calls.Export(ids)
	if err != nil {
		return calllog.Timeline{}, err
	}
	return calllog.NewTimeline(s.Project().Name, calls), nil
}

// ExportFixture returns the server-side calls in the trees of ids (or in the whole log) as a
// test fixture: inputs, outputs and outbound answers, with a header describing the shape.
func (s *Session) ExportFixture(ids []string) (calllog.Fixture, error) {
	calls, err := s.calls.Export(ids)
	if err != nil {
		return calllog.Fixture{}, err
	}
	return calllog.NewFixture(s.Project().Name, calls, s.entryFile), nil
}

// entryFile is the app file of a server entry point, "" when the running build has none.
func (s *Session) entryFile(kind calllog.Kind, name string) string {
	rt := s.running()
	if rt == nil {
		return ""
	}
	m := rt.Program().Manifest()
	groups := map[calllog.Kind][]runtime.Entry{calllog.KindServerFunction: m.Functions,
		calllog.KindWebhook: m.Webhooks, calllog.KindEvent: m.Events}
	for _, e := range groups[kind] {
		if e.ID == name {
			return e.File
		}
	}
	return ""
}

// ImportTimeline checks that doc is a timeline exported by a studio and returns it, for the
// inspector to show read-only. Nothing is added to this app's call log.
func (s *Session) ImportTimeline(doc json.RawMessage) (calllog.Timeline, error) {
	return calllog.ReadTimeline(strings.NewReader(string(doc)))
}
