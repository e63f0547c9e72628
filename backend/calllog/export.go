package calllog

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"
)

// TimelineFormat names the JSON document Timeline is; a file without it is not a timeline.
const TimelineFormat = "attio-studio/timeline"

// TimelineVersion is the version of Timeline this studio writes and reads.
const TimelineVersion = 1

// Timeline is calls exported as one JSON document: the whole log, or the trees of some calls.
// Calls are oldest first and keep their ids and parents, so their trees can be drawn again.
type Timeline struct {
	Format   string    `json:"format"`
	Version  int       `json:"version"`
	App      string    `json:"app,omitempty"`
	Exported time.Time `json:"exported"`
	Calls    []Call    `json:"calls"`
}

// NewTimeline returns the calls as a timeline of app, oldest first.
func NewTimeline(app string, calls []Call) Timeline {
	sorted := append([]Call{}, calls...)
	sortNewestFirst(sorted)
	reverse(sorted)
	return Timeline{Format: TimelineFormat, Version: TimelineVersion, App: app,
		Exported: time.Now().UTC(), Calls: sorted}
}

// ReadTimeline reads a timeline written by NewTimeline, saying what is wrong with a file that is
// not one.
func ReadTimeline(r io.Reader) (Timeline, error) {
	var t Timeline
	if err := json.NewDecoder(r).Decode(&t); err != nil {
		return t, fmt.Errorf("the file is not JSON: %w", err)
	}
	if t.Format != TimelineFormat {
		return t, fmt.Errorf("the file is not a timeline exported by the studio (its format "+
			"is %q, not %q)", t.Format, TimelineFormat)
	}
	if t.Version > TimelineVersion {
		return t, fmt.Errorf("the timeline has version %d; this studio reads up to %d",
			t.Version, TimelineVersion)
	}
	for i, c := range t.Calls {
		if c.ID == "" {
			return t, errors.New("call " + fmt.Sprint(i+1) + " of the timeline has no id")
		}
	}
	return t, nil
}

// Export returns the trees of the calls ids (each call and every call under it), or, with no
// ids, every call the log keeps; oldest first, each call once.
func (l *Log) Export(ids []string) ([]Call, error) {
	if len(ids) == 0 {
		calls, err := l.List(MaxRetention)
		if err != nil {
			return nil, err
		}
		sortNewestFirst(calls)
		return reverse(calls), nil
	}
	byID := map[string]Call{}
	for _, id := range ids {
		tree, err := l.Tree(id)
		if err != nil {
			return nil, err
		}
		if len(tree) == 0 {
			return nil, fmt.Errorf("no call has the id %q", id)
		}
		for _, c := range tree {
			byID[c.ID] = c
		}
	}
	calls := make([]Call, 0, len(byID))
	for _, c := range byID {
		calls = append(calls, c)
	}
	sortNewestFirst(calls)
	return reverse(calls), nil
}

func reverse(calls []Call) []Call {
	for i, j := 0, len(calls)-1; i < j; i, j = i+1, j-1 {
		calls[i], calls[j] = calls[j], calls[i]
	}
	return calls
}
