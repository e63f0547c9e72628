package workspace

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"attio-studio/backend/store"
)

// The row index keeps, per object, one row per record (see rowcodec.go) under a key that
// sorts in creation order. Queries scan rows, not records: they decode only the attributes
// they test and stop as soon as a page is full.

func rowsBucket(objectID string) string { return "workspace/rows/" + objectID }

// rowKey orders rows by creation time, then id: 16 hex digits of the time (shifted so times
// before 1970 sort first) and the record id.
func rowKey(created Timestamp, id string) string {
	n := uint64(created.UnixNano()) + 1<<63
	s := strconv.FormatUint(n, 16)
	return strings.Repeat("0", 16-len(s)) + s + id
}

// rowID is the record id in a row key.
func rowID(key string) string {
	if len(key) < 16 {
		return ""
	}
	return key[16:]
}

func putRow(tx *store.Tx, obj *Object, r *Record) error {
	return tx.PutRaw(rowsBucket(obj.ID), rowKey(r.CreatedAt, r.ID.RecordID), encodeRow(obj, r))
}

func deleteRow(tx *store.Tx, obj *Object, r *Record) error {
	return tx.Delete(rowsBucket(obj.ID), rowKey(r.CreatedAt, r.ID.RecordID))
}

// layout is the version of the indexes this code keeps. A store with an older one (or none)
// has them rebuilt when it is opened.
const (
	layoutKey     = "layout"
	currentLayout = 2
)

// needsMigration reports whether the store's workspace was written with older indexes.
func needsMigration(tx *store.Tx) (bool, error) {
	var layout int
	_, err := tx.Get(bucketInfo, layoutKey, &layout)
	return layout < currentLayout, err
}

// migrate rebuilds every index of a workspace written by an older studio.
func migrate(tx *store.Tx) error {
	for _, name := range tx.Buckets() {
		if strings.HasPrefix(name, "workspace/rows/") ||
			strings.HasPrefix(name, "workspace/unique/") || name == bucketRecordEntries {
			if err := tx.DeleteBucket(name); err != nil {
				return fmt.Errorf("drop %s: %w", name, err)
			}
		}
	}
	if err := rebuildIndexes(tx); err != nil {
		return err
	}
	if err := touchSchema(tx); err != nil {
		return err
	}
	return tx.Put(bucketInfo, layoutKey, currentLayout)
}

// indexAll writes the unique values and the row of every record of obj.
func indexAll(tx *store.Tx, obj *Object) error {
	return tx.ForEach(recordsBucket(obj.ID), func(key string, raw []byte) error {
		var r Record
		if err := json.Unmarshal(raw, &r); err != nil {
			return fmt.Errorf("decode %s record %s: %w", obj.Slug, key, err)
		}
		if err := indexRecord(tx, obj, &r); err != nil {
			return err
		}
		return putRow(tx, obj, &r)
	})
}
