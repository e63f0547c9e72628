package studio

import (
	"encoding/json"
	"fmt"
	"sync"

	"attio-studio/backend/calllog"
)

// The events a Session publishes. Their data is the JSON the frontend receives.
const (
	// EventBuild carries the new Manifest after every build attempt.
	EventBuild = "build"
	// EventCall carries a calllog.Call when it starts and again when it finishes.
	EventCall = "call"
	// EventRecordsChanged carries a workspace change: {object, recordId, kind}.
	EventRecordsChanged = "records-changed"
)

// Event is one thing that changed in a session.
type Event struct {
	Name string `json:"name"`
	Data any    `json:"data"`
}

// bus fans events out to subscribers. Subscribers run on the publishing goroutine and must not
// block.
type bus struct {
	mu   sync.Mutex
	subs map[int]func(Event)
	next int
}

func (b *bus) subscribe(fn func(Event)) (cancel func()) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.subs == nil {
		b.subs = map[int]func(Event){}
	}
	b.next++
	id := b.next
	b.subs[id] = fn
	return func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		delete(b.subs, id)
	}
}

func (b *bus) publish(e Event) {
	b.mu.Lock()
	subs := make([]func(Event), 0, len(b.subs))
	for _, fn := range b.subs {
		subs = append(subs, fn)
	}
	b.mu.Unlock()
	for _, fn := range subs {
		fn(e)
	}
}

// Subscribe calls fn with every event until cancel is called. fn must not block.
func (s *Session) Subscribe(fn func(Event)) (cancel func()) { return s.events.subscribe(fn) }

// EncodeEvents encodes a batch of events as the JSON array a page reads. Calls, nearly all of a
// busy app's events, are encoded by the call log's own encoder rather than by reflection.
func EncodeEvents(events []Event) ([]byte, error) {
	b := make([]byte, 0, 512*len(events))
	b = append(b, '[')
	for i, e := range events {
		if i > 0 {
			b = append(b, ',')
		}
		name, err := json.Marshal(e.Name)
		if err != nil {
			return nil, err
		}
		b = append(b, `{"name":`...)
		b = append(b, name...)
		b = append(b, `,"data":`...)
		if c, ok := e.Data.(calllog.Call); ok {
			b = c.AppendJSON(b)
		} else {
			data, err := json.Marshal(e.Data)
			if err != nil {
				return nil, fmt.Errorf("encode the %s event: %w", e.Name, err)
			}
			b = append(b, data...)
		}
		b = append(b, '}')
	}
	return append(b, ']'), nil
}
