package workspace

import (
	"fmt"
	"slices"

	"attio-studio/backend/store"
)

func entriesBucket(listID string) string { return "workspace/entries/" + listID }

// EntryID is Attio's composite list entry id.
type EntryID struct {
	WorkspaceID string `json:"workspace_id"`
	ListID      string `json:"list_id"`
	EntryID     string `json:"entry_id"`
}

// Entry is a list entry in Attio's REST shape: the record it holds and the values of the
// list's attributes. Entries returned by reads hold only current values.
type Entry struct {
	ID             EntryID            `json:"id"`
	ParentRecordID string             `json:"parent_record_id"`
	ParentObject   string             `json:"parent_object"`
	CreatedAt      Timestamp          `json:"created_at"`
	Values         map[string][]Value `json:"entry_values"`
}

// RecordEntry is one list entry of a record, as Attio lists a record's entries.
type RecordEntry struct {
	ListID    string    `json:"list_id"`
	ListSlug  string    `json:"list_api_slug"`
	EntryID   string    `json:"entry_id"`
	CreatedAt Timestamp `json:"created_at"`
}

// AsRecord views the entry as a record of its list's AsObject: the record id is the entry
// id, and the values are the entry values.
func (e Entry) AsRecord(info Info, l List) Record {
	r := *e.asRecord()
	r.WebURL = "https://app.attio.com/" + info.Slug + "/collection/" + l.ID + "/entry/" +
		e.ID.EntryID
	return r
}

// asRecord views an entry as a record of its list's object, for filters and sorts.
func (e *Entry) asRecord() *Record {
	return &Record{ID: RecordID{e.ID.WorkspaceID, e.ID.ListID, e.ID.EntryID},
		CreatedAt: e.CreatedAt, Values: e.Values}
}

func entryView(l *List, stored *Entry) Entry {
	out := *stored
	out.Values = make(map[string][]Value, len(l.Attributes))
	for _, a := range l.Attributes {
		out.Values[a.Slug] = currentValues(stored.Values[a.Slug])
	}
	return out
}

// ListEntries returns the entries of list (slug or id) that match q, with their current
// values, oldest first unless q sorts them. Filters and sorts name entry attributes.
func (w *Workspace) ListEntries(list string, q Query) ([]Entry, error) {
	filter, err := jsonShaped(q.Filter)
	if err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	out := []Entry{}
	err = w.st.View(func(tx *store.Tx) error {
		cat, err := w.catalog(tx)
		if err != nil {
			return err
		}
		l, err := cat.list(list)
		if err != nil {
			return err
		}
		obj := l.filterObject()
		e := &env{tx: tx, cat: cat}
		match, err := e.compileFilter(obj, filter)
		if err != nil {
			return err
		}
		order, err := e.compileSorts(obj, q.Sorts)
		if err != nil {
			return err
		}
		entries, err := storedEntries(tx, l)
		if err != nil {
			return err
		}
		byID := make(map[string]*Entry, len(entries))
		for i := range entries {
			byID[entries[i].ID.EntryID] = &entries[i]
		}
		ids, err := pick(entrySource(entries), match, order, q.Offset, limit)
		for _, id := range ids {
			out = append(out, entryView(l, byID[id]))
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// entrySource yields entries (oldest first) as rows.
func entrySource(entries []Entry) source {
	return func(yield func(id string, r row) bool) error {
		for i := range entries {
			if !yield(entries[i].ID.EntryID, entryRow(&entries[i])) {
				return nil
			}
		}
		return nil
	}
}

func pageOf[T any](items []T, offset, limit int) []T {
	if offset >= len(items) {
		return []T{}
	}
	items = items[max(offset, 0):]
	return items[:min(limit, len(items))]
}

// GetEntry returns an entry of list with its current values.
func (w *Workspace) GetEntry(list, entryID string) (Entry, error) {
	var out Entry
	err := w.st.View(func(tx *store.Tx) error {
		l, err := loadList(tx, list)
		if err != nil {
			return err
		}
		stored, err := loadEntry(tx, l, entryID)
		if err == nil {
			out = entryView(l, stored)
		}
		return err
	})
	return out, err
}

// EntryAttributeValues returns the values of one attribute of an entry, oldest first: only
// the current ones, or with historic the replaced and removed ones too.
func (w *Workspace) EntryAttributeValues(list, entryID, attribute string, historic bool) (
	[]Value, error) {
	var out []Value
	err := w.st.View(func(tx *store.Tx) error {
		l, err := loadList(tx, list)
		if err != nil {
			return err
		}
		attr, ok := l.asObject().Attribute(attribute)
		if !ok {
			return notFound("attribute", attribute)
		}
		stored, err := loadEntry(tx, l, entryID)
		if err != nil {
			return err
		}
		out = append([]Value{}, stored.Values[attr.Slug]...)
		if !historic {
			out = currentValues(out)
		}
		return nil
	})
	return out, err
}

// RecordEntries lists the entries that hold a record, in every list, oldest first.
func (w *Workspace) RecordEntries(object, recordID string) ([]RecordEntry, error) {
	var out []RecordEntry
	err := w.st.View(func(tx *store.Tx) error {
		obj, err := loadObject(tx, object)
		if err != nil {
			return err
		}
		if _, err := loadRecord(tx, obj, recordID); err != nil {
			return err
		}
		refs, err := recordEntryRefs(tx, obj.ID, recordID)
		if err != nil {
			return err
		}
		for _, ref := range refs {
			l, err := loadList(tx, ref.ListID)
			if err != nil {
				return err
			}
			e, err := loadEntry(tx, l, ref.EntryID)
			if err != nil {
				return err
			}
			out = append(out, RecordEntry{ListID: l.ID, ListSlug: l.Slug, EntryID: ref.EntryID,
				CreatedAt: e.CreatedAt})
		}
		return nil
	})
	slices.SortStableFunc(out, func(a, b RecordEntry) int {
		return a.CreatedAt.Compare(b.CreatedAt.Time)
	})
	return out, err
}

func loadEntry(tx *store.Tx, l *List, id string) (*Entry, error) {
	var e Entry
	found, err := tx.Get(entriesBucket(l.ID), id, &e)
	if err != nil {
		return nil, fmt.Errorf("read entry %s of list %s: %w", id, l.Slug, err)
	}
	if !found {
		return nil, notFound("list entry", id)
	}
	return &e, nil
}

// parentRecord is the attribute filters and sorts of a list's entries read the record each
// entry holds by: {"parent_record": {"target_record_id": ...}}, or a path through it.
const parentRecord = "parent_record"

// filterObject is the list as filters and sorts of its entries see it: its attributes and
// parent_record.
func (l *List) filterObject() *Object {
	obj := l.asObject()
	obj.Attributes = append(append([]Attribute(nil), obj.Attributes...), Attribute{
		ID: parentRecord, Slug: parentRecord, Title: "Parent record",
		Type: TypeRecordReference, TargetObject: l.ParentObject, IsSystem: true})
	return obj
}

// entryRow is an entry's values with its parent_record, for filters and sorts.
func entryRow(e *Entry) valuesRow {
	r := make(valuesRow, len(e.Values)+1)
	for k, v := range e.Values {
		r[k] = v
	}
	r[parentRecord] = []Value{{Type: TypeRecordReference, Fields: map[string]any{
		"target_object": e.ParentObject, "target_record_id": e.ParentRecordID}}}
	return r
}
