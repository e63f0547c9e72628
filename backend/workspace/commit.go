package workspace

import (
	"fmt"

	"attio-studio/backend/store"
)

// update runs fn with a writer in one transaction, stores what it changed, and tells
// subscribers once the transaction is durable.
func (w *Workspace) update(actor Actor, fn func(*writer) error) error {
	var changes []Change
	err := w.st.Update(func(tx *store.Tx) error {
		cat, err := w.catalog(tx)
		if err != nil {
			return err
		}
		wr, err := newWriter(tx, cat.objects, actor, w.now())
		if err != nil {
			return err
		}
		if err := fn(wr); err != nil {
			return err
		}
		changes, err = wr.commit()
		if err == nil && len(changes) > 0 {
			err = touchData(tx)
		}
		return err
	})
	if err != nil {
		return err
	}
	for i := range changes {
		changes[i].Actor = &actor
	}
	w.publish(changes)
	return nil
}

// commit stores every changed record and entry and returns the changes to publish.
func (w *writer) commit() ([]Change, error) {
	var changes []Change
	for _, key := range w.order {
		r := w.records[key]
		obj, err := w.object(r.ID.ObjectID)
		if err != nil {
			return nil, err
		}
		kind := w.kinds[key]
		if kind == ChangeDeleted {
			err = w.tx.Delete(recordsBucket(obj.ID), r.ID.RecordID)
			if err == nil {
				err = deleteRow(w.tx, obj, r)
			}
			if err == nil {
				err = deleteHistory(w.tx, obj, r.ID.RecordID)
			}
		} else {
			err = moveHistory(w.tx, obj, r)
			if err == nil {
				err = w.tx.Put(recordsBucket(obj.ID), r.ID.RecordID, r)
			}
			if err == nil {
				err = putRow(w.tx, obj, r)
			}
		}
		if err != nil {
			return nil, fmt.Errorf("save %s record %s: %w", obj.Slug, r.ID.RecordID, err)
		}
		c := Change{Kind: kind, Object: obj.Slug, RecordID: r.ID.RecordID}
		if kind == ChangeUpdated {
			c.Attributes = sortedKeys(w.attrs[key])
		}
		changes = append(changes, c)
	}
	entryChanges, err := w.commitEntries()
	if err != nil {
		return nil, err
	}
	changes = append(changes, entryChanges...)
	return append(changes, w.others...), nil
}

func (w *writer) commitEntries() ([]Change, error) {
	var changes []Change
	for _, key := range w.eorder {
		e := w.entries[key]
		l, err := w.list(e.ID.ListID)
		if err != nil {
			return nil, err
		}
		kind := w.ekinds[key]
		if kind == ChangeDeleted {
			err = w.tx.Delete(entriesBucket(l.ID), e.ID.EntryID)
		} else {
			err = w.tx.Put(entriesBucket(l.ID), e.ID.EntryID, e)
		}
		if err == nil && kind != ChangeUpdated {
			err = w.indexEntry(e, kind == ChangeCreated)
		}
		if err != nil {
			return nil, fmt.Errorf("save entry %s of list %s: %w", e.ID.EntryID, l.Slug, err)
		}
		c := Change{Kind: "entry-" + kind, Object: e.ParentObject,
			RecordID: e.ParentRecordID, List: l.Slug, EntryID: e.ID.EntryID}
		if kind == ChangeUpdated {
			c.Attributes = sortedKeys(w.attrs[key])
		}
		changes = append(changes, c)
	}
	return changes, nil
}

// indexEntry adds an entry to (or removes it from) the index of its record's entries.
func (w *writer) indexEntry(e *Entry, add bool) error {
	obj, err := w.object(e.ParentObject)
	if err != nil {
		return err
	}
	refs, err := recordEntryRefs(w.tx, obj.ID, e.ParentRecordID)
	if err != nil {
		return err
	}
	ref := entryRef{ListID: e.ID.ListID, EntryID: e.ID.EntryID}
	kept := refs[:0]
	for _, r := range refs {
		if r != ref {
			kept = append(kept, r)
		}
	}
	if add {
		kept = append(kept, ref)
	}
	key := recordKey(obj.ID, e.ParentRecordID)
	if len(kept) == 0 {
		return w.tx.Delete(bucketRecordEntries, key)
	}
	return w.tx.Put(bucketRecordEntries, key, kept)
}

// list finds a list by slug or id, reading the lists once per write.
func (w *writer) list(slugOrID string) (*List, error) {
	if _, err := w.allLists(); err != nil {
		return nil, err
	}
	for i := range w.lists {
		if l := &w.lists[i]; l.Slug == slugOrID || l.ID == slugOrID {
			return l, nil
		}
	}
	return nil, notFound("list", slugOrID)
}

// loadEntry returns the stored entry for changing; later loads in the same write return the
// same copy.
// allLists returns the workspace's lists, read once a write.
func (w *writer) allLists() ([]List, error) {
	if !w.listsLoaded {
		lists, err := loadLists(w.tx)
		if err != nil {
			return nil, err
		}
		w.lists, w.listsLoaded = lists, true
	}
	return w.lists, nil
}

func (w *writer) loadEntry(l *List, id string) (*Entry, error) {
	key := recordKey(l.ID, id)
	if e, ok := w.entries[key]; ok {
		if w.ekinds[key] == ChangeDeleted {
			return nil, notFound("list entry", id)
		}
		return e, nil
	}
	e, err := loadEntry(w.tx, l, id)
	if err != nil {
		return nil, err
	}
	w.entries[key] = e
	return e, nil
}

// touchValues marks a record as updated by this write in attr's values.
func (w *writer) touchValues(obj *Object, r *Record, attr *Attribute) {
	w.touch(obj, r, ChangeUpdated)
	w.changedAttribute(recordKey(obj.ID, r.ID.RecordID), attr)
}

// touchEntryValues marks an entry as updated by this write in attr's values.
func (w *writer) touchEntryValues(l *List, e *Entry, attr *Attribute) {
	w.touchEntry(l, e, ChangeUpdated)
	w.changedAttribute(recordKey(l.ID, e.ID.EntryID), attr)
}

func (w *writer) changedAttribute(key string, attr *Attribute) {
	if w.attrs[key] == nil {
		w.attrs[key] = map[string]bool{}
	}
	w.attrs[key][attr.ID] = true
}

// touchEntry marks an entry as changed by this write.
func (w *writer) touchEntry(l *List, e *Entry, kind ChangeKind) {
	key := recordKey(l.ID, e.ID.EntryID)
	w.entries[key] = e
	if _, seen := w.ekinds[key]; !seen {
		w.eorder = append(w.eorder, key)
		w.ekinds[key] = kind
		return
	}
	if kind != ChangeUpdated {
		w.ekinds[key] = kind
	}
}
