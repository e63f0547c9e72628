package studio

import (
	"context"
	"errors"
	"testing"
	"time"

	"attio-studio/backend/calllog"
)

func callEvent(id string, status calllog.Status) Event {
	return Event{Name: EventCall, Data: calllog.Call{ID: id, Status: status}}
}

func TestGatheredEventsKeepTheirOrderAndTheNewestOfACall(t *testing.T) {
	events := make(chan Event, 16)
	for _, e := range []Event{
		callEvent("2", calllog.StatusRunning),
		callEvent("1", calllog.StatusOK),
		callEvent("2", calllog.StatusOK),
		{Name: EventCallsCleared},
		callEvent("3", calllog.StatusError),
	} {
		events <- e
	}
	batch := gather(context.Background(), events, callEvent("3", calllog.StatusRunning))

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

func TestAStreamThatFallsTooFarBehindEnds(t *testing.T) {
	s, _ := openExample(t)
	release := make(chan struct{})
	ended := make(chan error, 1)
	first := make(chan struct{})
	go func() {
		ended <- s.StreamEvents(t.Context(), func([]Event) error {
			select {
			case <-first:
			default:
				close(first)
			}
			<-release // a consumer that stopped reading
			return nil
		})
	}()
	for {
		s.events.publish(Event{Name: EventRecordsChanged})
		select {
		case <-first:
		case <-time.After(time.Millisecond):
			continue
		}
		break
	}
	for range streamBuffer + 1 {
		s.events.publish(Event{Name: EventRecordsChanged})
	}
	close(release)
	if err := <-ended; !errors.Is(err, ErrEventsDropped) {
		t.Errorf("the stream ended with %v, want ErrEventsDropped", err)
	}
}
