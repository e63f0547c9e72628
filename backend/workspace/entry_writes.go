package workspace

import (
	"encoding/json"
	"fmt"
	"slices"

	"attio-studio/backend/store"
)

// bucketRecordEntries indexes entries by the record they hold, so a record's entries are
// found without reading every list.
const bucketRecordEntries = "workspace/record-entries"

type entryRef struct {
	ListID  string `json:"list_id"`
	EntryID string `json:"entry_id"`
}

func recordEntryRefs(tx *store.Tx, objectID, recordID string) ([]entryRef, error) {
	var refs []entryRef
	_, err := tx.Get(bucketRecordEntries, recordKey(objectID, recordID), &refs)
	return refs, err
}

// CreateEntry adds the record parentRecordID of parentObject to list with the given entry
// values, written by actor. A record may be in a list more than once, as in Attio.
func (w *Workspace) CreateEntry(list, parentObject, parentRecordID string,
	values map[string]any, actor Actor) (Entry, error) {
	var out Entry
	err := w.update(actor, func(wr *writer) error {
		l, err := wr.list(list)
		if err != nil {
			return err
		}
		e, err := wr.createEntry(l, "", parentObject, parentRecordID, values)
		if err == nil {
			out = entryView(l, e)
		}
		return err
	})
	return out, err
}

// AssertEntry updates the entry of list that holds the parent record, overwriting its
// multiselect values, or creates one when there is none (Attio's PUT /lists/{list}/entries).
// A record with several entries in the list is a *ValidationError: nothing says which to
// update. created reports which happened.
func (w *Workspace) AssertEntry(list, parentObject, parentRecordID string,
	values map[string]any, actor Actor) (out Entry, created bool, err error) {
	err = w.update(actor, func(wr *writer) error {
		l, err := wr.list(list)
		if err != nil {
			return err
		}
		obj, err := wr.parentObject(l, parentObject)
		if err != nil {
			return err
		}
		refs, err := recordEntryRefs(wr.tx, obj.ID, parentRecordID)
		if err != nil {
			return err
		}
		refs = slices.DeleteFunc(refs, func(r entryRef) bool { return r.ListID != l.ID })
		var e *Entry
		switch len(refs) {
		case 0:
			created = true
			e, err = wr.createEntry(l, "", parentObject, parentRecordID, values)
		case 1:
			if e, err = wr.loadEntry(l, refs[0].EntryID); err == nil {
				err = wr.setEntry(l, e, values, Overwrite)
			}
		default:
			return invalid("parent_record_id", "has %d entries in %s, so the entry to "+
				"update is ambiguous; update one by its entry id", len(refs), l.Name)
		}
		if err == nil {
			out = entryView(l, e)
		}
		return err
	})
	return out, created, err
}

// UpdateEntry writes values to an entry; mode says whether multiselect values are added to
// (Append, PATCH) or replace (Overwrite, PUT) the current ones.
func (w *Workspace) UpdateEntry(list, entryID string, values map[string]any, mode UpdateMode,
	actor Actor) (Entry, error) {
	var out Entry
	err := w.update(actor, func(wr *writer) error {
		l, err := wr.list(list)
		if err != nil {
			return err
		}
		e, err := wr.loadEntry(l, entryID)
		if err != nil {
			return err
		}
		if err := wr.setEntry(l, e, values, mode); err != nil {
			return err
		}
		out = entryView(l, e)
		return nil
	})
	return out, err
}

// DeleteEntry removes an entry from its list; the record it held stays.
func (w *Workspace) DeleteEntry(list, entryID string) error {
	return w.update(System, func(wr *writer) error {
		l, err := wr.list(list)
		if err != nil {
			return err
		}
		e, err := wr.loadEntry(l, entryID)
		if err != nil {
			return err
		}
		wr.touchEntry(l, e, ChangeDeleted)
		return nil
	})
}

func (wr *writer) parentObject(l *List, parentObject string) (*Object, error) {
	obj, err := wr.object(parentObject)
	if err != nil {
		return nil, invalid("parent_object", "%q is not an object of the workspace",
			parentObject)
	}
	if obj.Slug != l.ParentObject {
		return nil, invalid("parent_object", "%s holds %s, not %s", l.Name, l.ParentObject,
			obj.Slug)
	}
	return obj, nil
}

// createEntry adds an entry with the given id, or a new one when id is "".
func (wr *writer) createEntry(l *List, id, parentObject, parentRecordID string,
	values map[string]any) (*Entry, error) {
	if id == "" {
		id = newID()
	}
	obj, err := wr.parentObject(l, parentObject)
	if err != nil {
		return nil, err
	}
	if _, err := wr.load(obj, parentRecordID); err != nil {
		return nil, invalid("parent_record_id", "%s has no record %q", obj.Slug,
			parentRecordID)
	}
	e := &Entry{ID: EntryID{wr.info.ID, l.ID, id}, ParentRecordID: parentRecordID,
		ParentObject: obj.Slug, CreatedAt: wr.now, Values: map[string][]Value{}}
	wr.touchEntry(l, e, ChangeCreated)
	if err := wr.setEntry(l, e, values, Overwrite); err != nil {
		return nil, err
	}
	return e, nil
}

// setEntry writes entry values, refusing a unique attribute's value another entry of the list
// has (*ConflictError).
func (wr *writer) setEntry(l *List, e *Entry, values map[string]any, mode UpdateMode) error {
	obj := l.asObject()
	err := wr.eachWrite(obj, values, func(attr *Attribute, items []map[string]any) error {
		appendMode := mode == Append && attr.IsMultiselect
		all, removed, added := wr.merge(attr, e.Values[attr.Slug], items, appendMode)
		if attr.IsUnique && len(added) > 0 {
			if err := wr.checkUniqueEntry(l, e, attr, added); err != nil {
				return err
			}
		}
		e.Values[attr.Slug] = all
		if len(removed)+len(added) > 0 {
			wr.touchEntryValues(l, e, attr)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return wr.checkRequired(obj, e.asRecord())
}

// checkUniqueEntry refuses added values of a unique attribute that another entry of l has. It
// reads the list's entries rather than keeping an index of them: lists hold far fewer entries
// than objects hold records, and an index would have to be rebuilt after every import.
func (wr *writer) checkUniqueEntry(l *List, e *Entry, attr *Attribute,
	added []map[string]any) error {
	wanted := map[string]bool{}
	for _, f := range added {
		wanted[identity(attr.Type, f)] = true
	}
	taken := func(other *Entry) error {
		if other.ID.EntryID == e.ID.EntryID {
			return nil
		}
		for _, v := range currentValues(other.Values[attr.Slug]) {
			if key := identity(attr.Type, v.Fields); wanted[key] {
				return &ConflictError{Attribute: attr.Slug, Value: key,
					RecordID: other.ParentRecordID, EntryID: other.ID.EntryID}
			}
		}
		return nil
	}
	// Entries this write changed are checked as they are now, not as they were stored.
	for key, other := range wr.entries {
		if other.ID.ListID == l.ID && wr.ekinds[key] != ChangeDeleted {
			if err := taken(other); err != nil {
				return err
			}
		}
	}
	return wr.tx.ForEach(entriesBucket(l.ID), func(id string, raw []byte) error {
		if _, changed := wr.entries[recordKey(l.ID, id)]; changed {
			return nil
		}
		var other Entry
		if err := json.Unmarshal(raw, &other); err != nil {
			return fmt.Errorf("decode entry %s of list %s: %w", id, l.Slug, err)
		}
		return taken(&other)
	})
}
