package workspace

import (
	"encoding/json"
	"fmt"
	"slices"

	"attio-studio/backend/store"
)

// A record's values that have ended (their active_until is set) are kept apart from the record,
// one key each, so that a write reads and rewrites only the record's current values however
// long its history has grown. Keys are the record id and a sequence number, in the order the
// values ended. Records written before this layout may still hold ended values inline; their
// next write moves them here, and reads take both.
func historyBucket(objectID string) string { return "workspace/history/" + objectID }

func historyPrefix(recordID string) string { return recordID + "/" }

// endedValue is one value a record's attribute no longer has.
type endedValue struct {
	Slug  string `json:"slug"`
	Value Value  `json:"value"`
}

// moveHistory takes the ended values out of r and stores each under its own key.
func moveHistory(tx *store.Tx, obj *Object, r *Record) error {
	for slug, values := range r.Values {
		if !slices.ContainsFunc(values, func(v Value) bool { return !v.Current() }) {
			continue
		}
		current := make([]Value, 0, len(values))
		for _, v := range values {
			if v.Current() {
				current = append(current, v)
				continue
			}
			seq, err := tx.NextSequence(historyBucket(obj.ID))
			if err != nil {
				return err
			}
			key := fmt.Sprintf("%s%012d", historyPrefix(r.ID.RecordID), seq)
			if err := tx.Put(historyBucket(obj.ID), key, endedValue{Slug: slug, Value: v}); err != nil {
				return err
			}
		}
		r.Values[slug] = current
	}
	return nil
}

// deleteHistory forgets the ended values of a deleted record.
func deleteHistory(tx *store.Tx, obj *Object, recordID string) error {
	var keys []string
	err := tx.ForEachPrefix(historyBucket(obj.ID), historyPrefix(recordID),
		func(key string, _ []byte) error {
			keys = append(keys, key)
			return nil
		})
	for _, key := range keys {
		if err != nil {
			return err
		}
		err = tx.Delete(historyBucket(obj.ID), key)
	}
	return err
}

// withHistory returns r's values with its ended ones put back, each attribute's values in the
// order they became active; only is the one attribute wanted, or "" for all.
func withHistory(tx *store.Tx, obj *Object, r *Record, only string) (map[string][]Value, error) {
	out := make(map[string][]Value, len(r.Values))
	for slug, values := range r.Values {
		if only == "" || slug == only {
			out[slug] = append([]Value(nil), values...)
		}
	}
	added := map[string]bool{}
	err := tx.ForEachPrefix(historyBucket(obj.ID), historyPrefix(r.ID.RecordID),
		func(key string, raw []byte) error {
			var e endedValue
			if err := json.Unmarshal(raw, &e); err != nil {
				return fmt.Errorf("decode the history of %s record %s: %w", obj.Slug,
					r.ID.RecordID, err)
			}
			if only == "" || e.Slug == only {
				out[e.Slug] = append(out[e.Slug], e.Value)
				added[e.Slug] = true
			}
			return nil
		})
	for slug := range added {
		slices.SortStableFunc(out[slug], func(a, b Value) int {
			return a.ActiveFrom.Compare(b.ActiveFrom.Time)
		})
	}
	return out, err
}
