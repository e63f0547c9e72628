package calllog

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"strconv"
	"sync"
	"time"

	"attio-studio/backend/store"
)

const bucket = "calls"

// DefaultRetention is how many finished calls a Log keeps before dropping the oldest.
const DefaultRetention = 10000

// Log is the call record of one app. It is safe for concurrent use. Finished calls are durable
// in the store; running calls live in memory until they finish.
type Log struct {
	store     *store.Store
	logger    *slog.Logger
	retention uint64

	mu      sync.Mutex
	next    uint64
	running map[string]*Recorder
	subs    map[int]func(Call)
	subSeq  int
}

// Open returns the Log kept in st, continuing its numbering.
func Open(st *store.Store, logger *slog.Logger) (*Log, error) {
	l := &Log{store: st, logger: logger, retention: DefaultRetention,
		running: map[string]*Recorder{}, subs: map[int]func(Call){}}
	err := st.View(func(tx *store.Tx) error {
		return tx.ForEachReverse(bucket, func(key string, _ []byte) error {
			n, err := strconv.ParseUint(key, 10, 64)
			if err != nil {
				return fmt.Errorf("call log key %q is not a number: %w", key, err)
			}
			l.next = n
			return errStop
		})
	})
	if err != nil && err != errStop {
		return nil, err
	}
	return l, nil
}

var errStop = fmt.Errorf("stop")

// Start records the beginning of a call and returns its Recorder. parent may be empty.
func (l *Log) Start(kind Kind, name, parent string, args json.RawMessage) *Recorder {
	l.mu.Lock()
	l.next++
	id := formatID(l.next)
	r := &Recorder{log: l, start: time.Now(), call: Call{
		ID: id, Parent: parent, Kind: kind, Name: name, Args: args,
		Status: StatusRunning, Started: time.Now().UTC(),
	}}
	l.running[id] = r
	l.mu.Unlock()
	l.publish(r.Snapshot())
	return r
}

// formatID pads ids so that their byte order in the store is their numeric order.
func formatID(n uint64) string { return fmt.Sprintf("%012d", n) }

// Running returns the Recorder of a call that has not finished yet.
func (l *Log) Running(id string) (*Recorder, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.running[id]
	return r, ok
}

func (l *Log) save(c Call) {
	l.mu.Lock()
	delete(l.running, c.ID)
	l.mu.Unlock()
	err := l.store.Update(func(tx *store.Tx) error {
		if err := tx.Put(bucket, c.ID, c); err != nil {
			return err
		}
		n, _ := strconv.ParseUint(c.ID, 10, 64)
		if n > l.retention {
			return tx.Delete(bucket, formatID(n-l.retention))
		}
		return nil
	})
	if err != nil {
		l.logger.Error("could not save a call record", "call", c.ID, "err", err)
	}
	l.publish(c)
}

// Get returns a call by id, running or finished.
func (l *Log) Get(id string) (Call, bool, error) {
	if r, ok := l.Running(id); ok {
		return r.Snapshot(), true, nil
	}
	var c Call
	var found bool
	err := l.store.View(func(tx *store.Tx) error {
		var err error
		found, err = tx.Get(bucket, id, &c)
		return err
	})
	return c, found, err
}

// List returns up to limit calls, newest first, running ones included.
func (l *Log) List(limit int) ([]Call, error) {
	l.mu.Lock()
	var calls []Call
	for _, r := range l.running {
		calls = append(calls, r.Snapshot())
	}
	l.mu.Unlock()
	sortNewestFirst(calls)
	err := l.store.View(func(tx *store.Tx) error {
		return tx.ForEachReverse(bucket, func(_ string, raw []byte) error {
			if len(calls) >= limit {
				return errStop
			}
			var c Call
			if err := json.Unmarshal(raw, &c); err != nil {
				return err
			}
			calls = append(calls, c)
			return nil
		})
	})
	if err != nil && err != errStop {
		return nil, err
	}
	return calls, nil
}

func sortNewestFirst(calls []Call) {
	for i := 1; i < len(calls); i++ {
		for j := i; j > 0 && calls[j].ID > calls[j-1].ID; j-- {
			calls[j], calls[j-1] = calls[j-1], calls[j]
		}
	}
}

// Subscribe calls fn with every call as it starts and as it finishes, until cancel is called.
// fn runs on the recording goroutine and must not block.
func (l *Log) Subscribe(fn func(Call)) (cancel func()) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.subSeq++
	id := l.subSeq
	l.subs[id] = fn
	return func() {
		l.mu.Lock()
		defer l.mu.Unlock()
		delete(l.subs, id)
	}
}

func (l *Log) publish(c Call) {
	l.mu.Lock()
	subs := make([]func(Call), 0, len(l.subs))
	for _, fn := range l.subs {
		subs = append(subs, fn)
	}
	l.mu.Unlock()
	for _, fn := range subs {
		fn(c)
	}
}
