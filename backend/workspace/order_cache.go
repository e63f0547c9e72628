package workspace

import (
	"encoding/json"
	"math"
	"sync"

	"attio-studio/backend/store"
)

// A sorted page past the first topLimit records needs every matching record sorted. Scrolling
// a sorted list of 100,000 records asks for one such page after another, so the last full
// order is kept and later pages are slices of it, as long as no write came in between.

// dataKey holds a token that changes (to a new random id) with every committed write to
// records, entries, notes or tasks, and with imports and resets. Like the schema token, it is
// a function of the content: an order cached under it cannot belong to another state.
const dataKey = "data"

func touchData(tx *store.Tx) error { return tx.Put(bucketInfo, dataKey, newID()) }

// orderCache holds the ids of the last fully sorted query, in order. It is safe for concurrent
// use.
type orderCache struct {
	mu  sync.Mutex
	key string
	ids []string
}

// orderKey names a query's full order in the state tx sees, or "" when it cannot be cached
// (a state without tokens, written before they existed).
func (w *Workspace) orderKey(tx *store.Tx, cat *catalog, obj *Object, query any) (string,
	error) {
	var data string
	if _, err := tx.Get(bucketInfo, dataKey, &data); err != nil {
		return "", err
	}
	if data == "" || cat.token == "" {
		return "", nil
	}
	q, err := json.Marshal(query) // maps marshal with sorted keys, so equal queries match
	if err != nil {
		return "", nil
	}
	return data + "\x00" + cat.token + "\x00" + obj.ID + "\x00" + string(q), nil
}

// sortedPage returns the page offset, limit of the full order of the query key names,
// computing the order with all when it is not the cached one. The lock is held while sorting:
// a list scrolled deep asks for two or three pages at once, and they should sort once, not
// each.
func (c *orderCache) sortedPage(key string, offset, limit int, all func() ([]string, error)) (
	[]string, error) {
	if key == "" {
		ids, err := all()
		return pageOf(ids, offset, limit), err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.key != key {
		ids, err := all()
		if err != nil {
			return nil, err
		}
		c.key, c.ids = key, ids
	}
	return append([]string(nil), pageOf(c.ids, offset, limit)...), nil
}

// deepSorted reports whether a sorted page lies past what pick keeps in order as records
// arrive, so it needs a full sort.
func deepSorted(order *sorter, offset, limit int) bool {
	return order != nil && !(offset <= topLimit && limit <= topLimit && offset+limit <= topLimit)
}

// everything is a limit no query reaches.
const everything = math.MaxInt
