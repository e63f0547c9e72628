package studio

import "sync"

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
