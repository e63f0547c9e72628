package workspace

import (
	"encoding/json"
	"fmt"

	"attio-studio/backend/store"
)

// rebuildIndexes derives every index from the stored objects, records and entries: the
// unique values of each unique attribute, the row index and each record's list entries. It
// runs after an import, which writes the data without its indexes, and when a store written
// by an older studio is opened.
func rebuildIndexes(tx *store.Tx) error {
	objs, err := loadObjects(tx)
	if err != nil {
		return err
	}
	for i := range objs {
		if err := indexAll(tx, &objs[i]); err != nil {
			return err
		}
	}
	lists, err := loadLists(tx)
	if err != nil {
		return err
	}
	for i := range lists {
		if err := indexEntries(tx, &lists[i], objs); err != nil {
			return err
		}
	}
	return nil
}

// indexRecord adds a record's current unique values to their indexes.
func indexRecord(tx *store.Tx, obj *Object, r *Record) error {
	for i := range obj.Attributes {
		attr := &obj.Attributes[i]
		if !attr.IsUnique {
			continue
		}
		for _, v := range currentValues(r.Values[attr.Slug]) {
			key := identity(attr.Type, v.Fields)
			if err := tx.Put(uniqueBucket(obj.ID, attr.ID), key, r.ID.RecordID); err != nil {
				return err
			}
		}
	}
	return nil
}

func indexEntries(tx *store.Tx, l *List, objs []Object) error {
	var parentID string
	for _, o := range objs {
		if o.Slug == l.ParentObject {
			parentID = o.ID
		}
	}
	return tx.ForEach(entriesBucket(l.ID), func(key string, raw []byte) error {
		var e Entry
		if err := json.Unmarshal(raw, &e); err != nil {
			return fmt.Errorf("decode entry %s of list %s: %w", key, l.Slug, err)
		}
		refs, err := recordEntryRefs(tx, parentID, e.ParentRecordID)
		if err != nil {
			return err
		}
		refs = append(refs, entryRef{ListID: l.ID, EntryID: e.ID.EntryID})
		return tx.Put(bucketRecordEntries, recordKey(parentID, e.ParentRecordID), refs)
	})
}
