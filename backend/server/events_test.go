package server

import (
	"context"
	"testing"

	"attio-studio/backend/calllog"
	"attio-studio/backend/studio"
)

func callEvent(id string, status calllog.Status) studio.Event {
	return studio.Event{Name: studio.EventCall, Data: calllog.Call{ID: id, Status: status}}
}

func TestGatheredEventsKeepTheirOrderAndTheNewestOfACall(t *testing.T) {
	events := make(chan studio.Event, 16)
	for _, e := range []studio.Event{
		callEvent("2", calllog.StatusRunning),
		callEvent("1", calllog.StatusOK),
		callEvent("2", calllog.StatusOK),
		{Name: studio.EventCallsCleared},
		callEvent("3", calllog.StatusError),
	} {
		events <- e
	}
	batch := gather(context.Background(), events, []studio.Event{callEvent("3", calllog.StatusRunning)})

	var got []string
	for _, e := range batch {
		if c, ok := e.Data.(calllog.Call); ok {
			got = append(got, c.ID+":"+string(c.Status))
		} else {
			got = append(got, e.Name)
		}
	}
	// Call 3 started before the clearing and finished after it: its start is not folded into
	// its end across the clearing, so the page still shows the finished call afterwards.
	want := []string{"3:running", "2:ok", "1:ok", "calls-cleared", "3:error"}
	if len(got) != len(want) {
		t.Fatalf("batch %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("batch %v, want %v", got, want)
		}
	}
}
