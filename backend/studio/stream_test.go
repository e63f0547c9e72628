package studio

import (
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"testing"
	"time"

	"attio-studio/backend/calllog"
)

func callEvent(id string, status calllog.Status) Event {
	return Event{Name: EventCall, Data: calllog.Call{ID: id, Status: status}}
}

func TestGatheredEventsKeepTheirOrderAndTheNewestOfACall(t *testing.T) {
	q := newEventQueue()
	for _, e := range []Event{
		callEvent("3", calllog.StatusRunning),
		callEvent("2", calllog.StatusRunning),
		callEvent("1", calllog.StatusOK),
		callEvent("2", calllog.StatusOK),
		{Name: EventCallsCleared},
		callEvent("3", calllog.StatusError),
	} {
		q.push(e)
	}
	batch, dropped := q.take()
	if dropped {
		t.Fatal("a queue of six events reports events dropped")
	}

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

func TestEncodedEventsAreWhatEncodingJSONGives(t *testing.T) {
	batch := []Event{
		{Name: EventCall, Data: calllog.Call{ID: "7", Kind: calllog.KindServerFunction,
			Name: "a.server", Args: json.RawMessage(`[1]`), Status: calllog.StatusOK,
			Console: []calllog.ConsoleLine{{Level: "log", Text: "<b>&"}}}},
		{Name: EventCallsCleared},
		{Name: EventRecordsChanged, Data: map[string]string{"object": "people", "recordId": "r1"}},
	}
	ours, err := EncodeEvents(batch)
	if err != nil {
		t.Fatal(err)
	}
	want, err := json.Marshal(batch)
	if err != nil {
		t.Fatal(err)
	}
	var got, expected any
	if err := json.Unmarshal(ours, &got); err != nil {
		t.Fatalf("%v in %s", err, ours)
	}
	_ = json.Unmarshal(want, &expected)
	if !reflect.DeepEqual(got, expected) {
		t.Errorf("encoded\n%s\nencoding/json gives\n%s", ours, want)
	}
	if _, err := EncodeEvents([]Event{{Name: "bad", Data: func() {}}}); err == nil {
		t.Error("an event whose data is not JSON was encoded")
	}
}

func TestAStreamSendsAFullBatchBeforeItsWindowEnds(t *testing.T) {
	q := newEventQueue()
	for i := range streamBuffer / 2 {
		q.push(callEvent(strconv.Itoa(i), calllog.StatusOK))
	}
	select {
	case <-q.full:
	default:
		t.Fatal("half a buffer of events waiting did not mark the batch full")
	}
	q.push(callEvent("late", calllog.StatusOK))
	if batch, _ := q.take(); len(batch) != streamBuffer/2+1 {
		t.Fatalf("took %d events, want %d", len(batch), streamBuffer/2+1)
	}
	select {
	case <-q.full:
		t.Fatal("a taken batch left its full mark for the next one")
	default:
	}
}

// A stream's first batch is empty and comes once it is subscribed, so a consumer that loads
// what it shows after that batch misses nothing published after its load.
func TestAStreamSaysWhenItIsSubscribed(t *testing.T) {
	s, _ := openExample(t)
	batches := make(chan []Event, 4)
	go s.StreamEvents(t.Context(), func(b []Event) error {
		batches <- b
		return nil
	})
	if first := <-batches; first == nil || len(first) != 0 {
		t.Fatalf("the first batch is %v, want an empty one", first)
	}
	s.events.publish(Event{Name: EventRecordsChanged})
	if next := <-batches; len(next) != 1 || next[0].Name != EventRecordsChanged {
		t.Errorf("after the empty batch came %v", next)
	}
	if raw, _ := EncodeEvents([]Event{}); string(raw) != "[]" {
		t.Errorf("an empty batch encodes as %s", raw)
	}
}
