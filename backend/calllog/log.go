package calllog

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"sort"
	"strconv"
	"sync"
	"time"

	"attio-studio/backend/store"
)

const bucket = "calls"

// DefaultRetention is how many finished calls a Log keeps before dropping the oldest.
const DefaultRetention = 10000

// flushDelay is how long finished calls wait to be written together. One transaction (one
// fsync) per call would cost more than a trivial server call itself.
const flushDelay = 20 * time.Millisecond

// Log is the call record of one app. It is safe for concurrent use. Running calls live in
// memory; finished calls are written to the store in batches, at most flushDelay after they
// finish, and always by Flush and Close. Until written they are read from memory, so Get and
// List see every call the moment it finishes.
type Log struct {
	store     *store.Store
	logger    *slog.Logger
	retention uint64

	mu      sync.Mutex
	next    uint64
	running map[string]*Recorder
	pending map[string]Call // finished, not yet written
	subs    map[int]func(Call)
	subSeq  int

	writeMu sync.Mutex // serialises batch writes
	kick    chan struct{}
	stop    chan struct{}
	done    chan struct{}
}

// Open returns the Log kept in st, continuing its numbering. Close it to write what is pending.
func Open(st *store.Store, logger *slog.Logger) (*Log, error) {
	l := &Log{store: st, logger: logger, retention: DefaultRetention,
		running: map[string]*Recorder{}, pending: map[string]Call{}, subs: map[int]func(Call){},
		kick: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{})}
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
	go l.writer()
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
	l.pending[c.ID] = c
	l.mu.Unlock()
	select {
	case l.kick <- struct{}{}:
	default:
	}
	l.publish(c)
}

// writer writes pending calls a short while after the first of a batch finishes.
func (l *Log) writer() {
	defer close(l.done)
	for {
		select {
		case <-l.stop:
			l.Flush()
			return
		case <-l.kick:
			select {
			case <-time.After(flushDelay):
			case <-l.stop:
			}
			l.Flush()
		}
	}
}

// Flush writes every finished call to the store now, in one transaction.
func (l *Log) Flush() {
	l.writeMu.Lock()
	defer l.writeMu.Unlock()
	l.mu.Lock()
	batch := make([]Call, 0, len(l.pending))
	for _, c := range l.pending {
		batch = append(batch, c)
	}
	l.mu.Unlock()
	if len(batch) == 0 {
		return
	}
	// Oldest first, so a call dropped for retention is never written after its drop.
	sort.Slice(batch, func(i, j int) bool { return batch[i].ID < batch[j].ID })
	err := l.store.Update(func(tx *store.Tx) error {
		for _, c := range batch {
			if err := tx.Put(bucket, c.ID, c); err != nil {
				return err
			}
			n, _ := strconv.ParseUint(c.ID, 10, 64)
			if n > l.retention {
				if err := tx.Delete(bucket, formatID(n-l.retention)); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		l.logger.Error("could not save call records; they stay in memory",
			"calls", len(batch), "err", err)
		return
	}
	l.mu.Lock()
	for _, c := range batch {
		delete(l.pending, c.ID)
	}
	l.mu.Unlock()
}

// Close writes what is pending and stops the writer. The Log must not be used afterwards.
func (l *Log) Close() {
	close(l.stop)
	<-l.done
}

// Get returns a call by id, running or finished.
func (l *Log) Get(id string) (Call, bool, error) {
	if r, ok := l.Running(id); ok {
		return r.Snapshot(), true, nil
	}
	l.mu.Lock()
	c, ok := l.pending[id]
	l.mu.Unlock()
	if ok {
		return c, true, nil
	}
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
	calls := make([]Call, 0, len(l.running)+len(l.pending))
	seen := map[string]bool{}
	for _, r := range l.running {
		calls = append(calls, r.Snapshot())
	}
	for _, c := range l.pending {
		calls = append(calls, c)
	}
	l.mu.Unlock()
	for _, c := range calls {
		seen[c.ID] = true
	}
	err := l.store.View(func(tx *store.Tx) error {
		n := 0
		return tx.ForEachReverse(bucket, func(id string, raw []byte) error {
			if n >= limit {
				return errStop
			}
			n++
			if seen[id] {
				return nil
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
	sort.Slice(calls, func(i, j int) bool { return calls[i].ID > calls[j].ID })
	if len(calls) > limit {
		calls = calls[:limit]
	}
	return calls, nil
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
