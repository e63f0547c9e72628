package calllog

import (
	"errors"
	"fmt"
	"strconv"

	"attio-studio/backend/store"
)

// Retention is how many calls the log keeps.
func (l *Log) Retention() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return int(l.retention)
}

// SetRetention keeps the last n calls from now on, saved in the store for later sessions, and
// drops the older ones at once.
func (l *Log) SetRetention(n int) error {
	if n < 1 || n > MaxRetention {
		return fmt.Errorf("the call log keeps between 1 and %d calls, not %d", MaxRetention, n)
	}
	l.writeMu.Lock()
	defer l.writeMu.Unlock()
	l.mu.Lock()
	l.retention = uint64(n)
	l.mu.Unlock()
	return l.store.Update(func(tx *store.Tx) error {
		if err := tx.Put(metaBucket, "retention", n); err != nil {
			return err
		}
		var newest uint64
		err := tx.ForEachReverse(summaryBucket, func(id string, _ []byte) error {
			newest, _ = strconv.ParseUint(id, 10, 64)
			return errStop
		})
		if err != nil && !errors.Is(err, errStop) {
			return err
		}
		return trim(tx, newest, uint64(n))
	})
}

// Clear forgets every finished call. Running calls are kept and saved when they finish; the
// numbering continues, so an id never names two calls.
func (l *Log) Clear() error {
	l.writeMu.Lock()
	defer l.writeMu.Unlock()
	l.mu.Lock()
	l.pending = map[string]*Call{}
	last := l.next
	l.mu.Unlock()
	return l.store.Update(func(tx *store.Tx) error {
		// Kept so that a later session, finding no calls, still continues the numbering.
		if err := tx.Put(metaBucket, "last", last); err != nil {
			return err
		}
		if err := tx.DeleteBucket(bucket); err != nil {
			return err
		}
		return tx.DeleteBucket(summaryBucket)
	})
}
