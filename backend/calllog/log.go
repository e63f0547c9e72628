package calllog

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"attio-studio/backend/store"
)

// The buckets of the call log: whole calls, their summaries (what listing and filtering read,
// a tenth of the size), and the log's settings. Each pair of calls and summaries is written in
// the same transaction.
const (
	bucket        = "calls"
	summaryBucket = "call-summaries"
	metaBucket    = "calls-meta"
)

// DefaultRetention is how many finished calls a Log keeps before dropping the oldest.
const DefaultRetention = 10000

// MaxRetention bounds SetRetention: past it, the data file grows by hundreds of megabytes.
const MaxRetention = 1000000

// flushDelay is how long finished calls wait to be written together. A transaction costs about
// half a millisecond before its first call (the commit and its fsync), more than a trivial
// server call itself; at 100 ms a busy app's calls share it by the hundred.
const flushDelay = 100 * time.Millisecond

// Log is the call record of one app. It is safe for concurrent use. Running calls live in
// memory; finished calls are written to the store in batches, at most flushDelay after they
// finish, and always by Flush and Close. Until written they are read from memory, so Get, List
// and Query see every call the moment it finishes.
type Log struct {
	store  *store.Store
	logger *slog.Logger

	mu        sync.Mutex
	next      uint64
	retention uint64
	running   map[string]*Recorder
	pending   map[string]*Call // finished, not yet written; never changed once here
	subs      map[int]func(Call)
	subSeq    int

	writeMu sync.Mutex // serialises batch writes and clearing
	kick    chan struct{}
	stop    chan struct{}
	done    chan struct{}
}

// Open returns the Log kept in st, continuing its numbering and with its saved retention. Close
// it to write what is pending.
func Open(st *store.Store, logger *slog.Logger) (*Log, error) {
	l := &Log{store: st, logger: logger, retention: DefaultRetention,
		running: map[string]*Recorder{}, pending: map[string]*Call{}, subs: map[int]func(Call){},
		kick: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{})}
	if err := l.load(); err != nil {
		return nil, err
	}
	go l.writer()
	return l, nil
}

// load reads the last id and the retention, and summarises calls written by a studio that did
// not keep summaries yet.
func (l *Log) load() error {
	err := l.store.View(func(tx *store.Tx) error {
		if _, err := tx.Get(metaBucket, "retention", &l.retention); err != nil {
			return err
		}
		if _, err := tx.Get(metaBucket, "last", &l.next); err != nil {
			return err
		}
		return tx.ForEachReverse(bucket, func(key string, _ []byte) error {
			n, err := strconv.ParseUint(key, 10, 64)
			if err != nil {
				return fmt.Errorf("call log key %q is not a number: %w", key, err)
			}
			l.next = max(l.next, n)
			return errStop
		})
	})
	if err != nil && !errors.Is(err, errStop) {
		return err
	}
	if l.retention == 0 {
		l.retention = DefaultRetention
	}
	return l.summariseOldCalls()
}

var errStop = errors.New("stop")

// Start records the beginning of a call and returns its Recorder. parent may be empty.
func (l *Log) Start(kind Kind, name, parent string, args json.RawMessage) *Recorder {
	return l.StartCall(Call{Kind: kind, Name: name, Parent: parent, Args: args})
}

// StartCall records the beginning of the call c describes (its kind, name, parent, arguments
// and, for a replay, what it replays) and returns its Recorder. The id, status and start time
// are the log's.
func (l *Log) StartCall(c Call) *Recorder {
	now := time.Now()
	l.mu.Lock()
	l.next++
	c.ID = formatID(l.next)
	c.Status, c.Started = StatusRunning, now.UTC()
	r := &Recorder{log: l, start: now, call: c}
	l.running[c.ID] = r
	l.mu.Unlock()
	l.publish(r.Snapshot())
	return r
}

// formatID pads ids so that their byte order in the store is their numeric order.
func formatID(n uint64) string {
	var digits [20]byte
	d := strconv.AppendUint(digits[:0], n, 10)
	if len(d) >= idDigits {
		return string(d)
	}
	padded := [idDigits]byte{}
	for i := range padded {
		padded[i] = '0'
	}
	copy(padded[idDigits-len(d):], d)
	return string(padded[:])
}

// idDigits is the width ids are padded to.
const idDigits = 12

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
	l.pending[c.ID] = &c
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

// Flush writes every finished call to the store now, in one transaction, and drops the calls
// past the retention.
func (l *Log) Flush() {
	l.writeMu.Lock()
	defer l.writeMu.Unlock()
	l.mu.Lock()
	batch := make([]*Call, 0, len(l.pending))
	for _, c := range l.pending {
		batch = append(batch, c)
	}
	retention := l.retention
	l.mu.Unlock()
	if len(batch) == 0 {
		return
	}
	slices.SortFunc(batch, func(a, b *Call) int { return strings.Compare(a.ID, b.ID) })
	newest, _ := strconv.ParseUint(batch[len(batch)-1].ID, 10, 64)
	// Calls already past the retention are not written at all: when calls arrive faster than
	// they are written, writing them only to delete them in the same transaction would shift
	// the same page's keys once a delete, and the writer would fall further behind.
	kept := batch
	if newest > retention {
		cutoff := formatID(newest - retention)
		kept = batch[sort.Search(len(batch), func(i int) bool { return batch[i].ID > cutoff }):]
	}
	err := l.store.Update(func(tx *store.Tx) error {
		// The store keeps every value it is given until the commit, so the records are encoded
		// into one buffer, each put a slice of it; a slice of a buffer that grew keeps its old
		// array alive. A trivial call and its summary take about half a kilobyte.
		buf := make([]byte, 0, 768*len(kept))
		for _, c := range kept {
			var err error
			if buf, err = putCall(tx, c, buf); err != nil {
				return err
			}
		}
		return trim(tx, newest, retention)
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

// putCall writes c and its summary, encoded at the end of buf, and returns buf grown by them.
func putCall(tx *store.Tx, c *Call, buf []byte) ([]byte, error) {
	start := len(buf)
	buf = c.AppendJSON(buf)
	if err := tx.PutRaw(bucket, c.ID, buf[start:len(buf):len(buf)]); err != nil {
		return buf, err
	}
	summary := Summarize(*c)
	start = len(buf)
	buf = summary.appendJSON(buf)
	return buf, tx.PutRaw(summaryBucket, c.ID, buf[start:len(buf):len(buf)])
}

// trim deletes the calls numbered newest-retention and below, the first keys of both buckets.
func trim(tx *store.Tx, newest, retention uint64) error {
	if newest <= retention {
		return nil
	}
	cutoff := formatID(newest - retention)
	if _, err := tx.DeleteThrough(bucket, cutoff); err != nil {
		return err
	}
	_, err := tx.DeleteThrough(summaryBucket, cutoff)
	return err
}

// Close ends the calls still running with StudioStoppedMessage, writes what is pending and stops
// the writer. The Log must not be used afterwards.
func (l *Log) Close() {
	l.mu.Lock()
	running := make([]*Recorder, 0, len(l.running))
	for _, r := range l.running {
		running = append(running, r)
	}
	l.mu.Unlock()
	for _, r := range running {
		r.Finish(nil, &Error{Name: "StudioStopped", Message: StudioStoppedMessage})
	}
	close(l.stop)
	<-l.done
}

// StudioStoppedMessage is the error of a call still running when the studio stopped: a server
// function that had not returned, an action whose dialog was open. Ended so, it is kept.
const StudioStoppedMessage = "The studio stopped before this call ended."

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
