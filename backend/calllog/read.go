package calllog

import (
	"encoding/json"
	"errors"
	"sort"

	"attio-studio/backend/store"
)

// unsaved returns copies of the calls not in the store yet: running and just finished.
func (l *Log) unsaved() []Call {
	l.mu.Lock()
	recorders := make([]*Recorder, 0, len(l.running))
	for _, r := range l.running {
		recorders = append(recorders, r)
	}
	calls := make([]Call, 0, len(l.running)+len(l.pending))
	for _, c := range l.pending {
		calls = append(calls, *c)
	}
	l.mu.Unlock()
	for _, r := range recorders {
		calls = append(calls, r.Snapshot())
	}
	return calls
}

// Get returns a call by id, running or finished.
func (l *Log) Get(id string) (Call, bool, error) {
	if r, ok := l.Running(id); ok {
		return r.Snapshot(), true, nil
	}
	l.mu.Lock()
	pending, ok := l.pending[id]
	l.mu.Unlock()
	if ok {
		return *pending, true, nil
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
	calls := l.unsaved()
	seen := make(map[string]bool, len(calls))
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
	if err != nil && !errors.Is(err, errStop) {
		return nil, err
	}
	sortNewestFirst(calls)
	if len(calls) > limit {
		calls = calls[:limit]
	}
	return calls, nil
}

func sortNewestFirst(calls []Call) {
	sort.Slice(calls, func(i, j int) bool { return calls[i].ID > calls[j].ID })
}

// Count is the number of calls the log holds, running ones included.
func (l *Log) Count() (int, error) {
	unsaved := l.unsaved()
	n := 0
	err := l.store.View(func(tx *store.Tx) error {
		n = tx.Count(summaryBucket)
		for _, c := range unsaved {
			if tx.GetRaw(summaryBucket, c.ID) == nil {
				n++
			}
		}
		return nil
	})
	return n, err
}

// Tree returns the call id and every call under it (the calls it caused, and theirs), oldest
// first. A call is always numbered after its parent, so only the calls since id are read.
func (l *Log) Tree(id string) ([]Call, error) {
	links := map[string]string{} // id -> parent, for every call since id
	for _, c := range l.unsaved() {
		if c.ID >= id {
			links[c.ID] = c.Parent
		}
	}
	err := l.store.View(func(tx *store.Tx) error {
		return tx.ForEachReverse(summaryBucket, func(key string, raw []byte) error {
			if key < id {
				return errStop
			}
			if _, ok := links[key]; ok {
				return nil
			}
			var s struct {
				Parent string `json:"parent"`
			}
			if err := json.Unmarshal(raw, &s); err != nil {
				return err
			}
			links[key] = s.Parent
			return nil
		})
	})
	if err != nil && !errors.Is(err, errStop) {
		return nil, err
	}
	if _, ok := links[id]; !ok {
		return nil, nil
	}
	ids := make([]string, 0, len(links))
	for key := range links {
		ids = append(ids, key)
	}
	sort.Strings(ids)
	inTree := map[string]bool{id: true}
	var calls []Call
	for _, key := range ids {
		if key != id && !inTree[links[key]] {
			continue
		}
		inTree[key] = true
		c, found, err := l.Get(key)
		if err != nil {
			return nil, err
		}
		if found {
			calls = append(calls, c)
		}
	}
	return calls, nil
}
