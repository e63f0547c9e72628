package workspace

import (
	"encoding/json"
	"fmt"
	"time"

	"attio-studio/backend/store"
)

// UpdateMode says what a write does to the existing values of a multiselect attribute.
// Single-value attributes are always replaced.
type UpdateMode int

const (
	// Append adds the written values to the existing ones (Attio's PATCH).
	Append UpdateMode = iota
	// Overwrite replaces the existing values with the written ones (Attio's PUT).
	Overwrite
)

// writer gathers the records one write touches, so that a change and the inverse side of each
// relationship it affects are saved together in one transaction, or not at all.
type writer struct {
	tx      *store.Tx
	info    Info
	objects []Object
	actor   Actor
	now     Timestamp

	records map[string]*Record // by objectID/recordID
	order   []string           // keys in the order they were first changed
	kinds   map[string]ChangeKind
	// attrs are the ids of the attributes whose values changed, by record or entry key.
	attrs map[string]map[string]bool

	lists       []List // loaded on first use
	listsLoaded bool
	entries     map[string]*Entry // by listID/entryID, like records
	eorder      []string
	ekinds      map[string]ChangeKind
	// others are the changes to notes and tasks, which are written as they happen.
	others []Change
}

// newWriter starts a write of tx with the objects as tx sees them, which the writer only reads.
func newWriter(tx *store.Tx, objs []Object, actor Actor, now time.Time) (*writer, error) {
	info, err := getInfo(tx)
	if err != nil {
		return nil, err
	}
	return &writer{tx: tx, info: info, objects: objs, actor: actor, now: At(now),
		records: map[string]*Record{}, kinds: map[string]ChangeKind{},
		attrs:   map[string]map[string]bool{},
		entries: map[string]*Entry{}, ekinds: map[string]ChangeKind{}}, nil
}

func (w *writer) object(slugOrID string) (*Object, error) {
	for i := range w.objects {
		if o := &w.objects[i]; o.Slug == slugOrID || o.ID == slugOrID {
			return o, nil
		}
	}
	return nil, notFound("object", slugOrID)
}

func recordKey(objectID, recordID string) string { return objectID + "/" + recordID }

// load returns the stored record (with its history) for changing; later loads in the same
// write return the same copy.
func (w *writer) load(obj *Object, id string) (*Record, error) {
	key := recordKey(obj.ID, id)
	if r, ok := w.records[key]; ok {
		if w.kinds[key] == ChangeDeleted {
			return nil, notFound(obj.Singular+" record", id)
		}
		return r, nil
	}
	var r Record
	found, err := w.tx.Get(recordsBucket(obj.ID), id, &r)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, notFound(lower(obj.Singular)+" record", id)
	}
	w.records[key] = &r
	return &r, nil
}

// touch marks a record as changed by this write.
func (w *writer) touch(obj *Object, r *Record, kind ChangeKind) {
	key := recordKey(obj.ID, r.ID.RecordID)
	w.records[key] = r
	if _, seen := w.kinds[key]; !seen {
		w.order = append(w.order, key)
		w.kinds[key] = kind
		return
	}
	// A record created or deleted by this write stays so, whatever else the write does to it.
	if kind != ChangeUpdated {
		w.kinds[key] = kind
	}
}

// set writes the values given for each attribute of a record. values come from decoded JSON
// (or anything that encodes to it) keyed by attribute slug or id.
func (w *writer) set(obj *Object, r *Record, values map[string]any, mode UpdateMode) error {
	return w.eachWrite(obj, values, func(attr *Attribute, items []map[string]any) error {
		appendMode := mode == Append && attr.IsMultiselect
		return w.setAttribute(obj, r, attr, items, appendMode)
	})
}

// eachWrite normalizes the values written to each attribute of obj (a record's object or a
// list's entry attributes) and hands them to apply, in slug order so errors are stable.
func (w *writer) eachWrite(obj *Object, values map[string]any,
	apply func(attr *Attribute, items []map[string]any) error) error {
	values, err := jsonShaped(values)
	if err != nil {
		return err
	}
	for _, key := range sortedKeys(values) {
		attr, ok := obj.Attribute(key)
		if !ok {
			return invalid(key, "%s have no attribute with this slug or id", lower(obj.Plural))
		}
		if !attr.IsWritable {
			return invalid(key, "is set by Attio and cannot be written")
		}
		items, err := w.normalize(obj, attr, key, values[key])
		if err != nil {
			return err
		}
		if err := apply(attr, items); err != nil {
			return err
		}
	}
	return nil
}

// setAttribute replaces (or, in append mode, extends) the current values of one attribute of a
// record, and keeps its unique index and the other side of its relationships in step.
func (w *writer) setAttribute(obj *Object, r *Record, attr *Attribute, items []map[string]any,
	appendMode bool) error {
	if r.Values == nil {
		r.Values = map[string][]Value{}
	}
	all, removed, added := w.merge(attr, r.Values[attr.Slug], items, appendMode)
	r.Values[attr.Slug] = all
	if len(removed)+len(added) > 0 {
		w.touchValues(obj, r, attr)
	}
	if err := w.reindex(obj, r, attr, removed, added); err != nil {
		return err
	}
	return w.relink(obj, r, attr, removed, added)
}

// merge returns the values of one attribute after a write of items, with what the write
// removed and added. Values that stay keep their history; removed ones get active_until.
func (w *writer) merge(attr *Attribute, all []Value, items []map[string]any,
	appendMode bool) (out []Value, removed, added []map[string]any) {
	wanted := map[string]bool{}
	for _, it := range items {
		wanted[identity(attr.Type, it)] = true
	}
	have := map[string]bool{}
	for i := range all {
		if !all[i].Current() {
			continue
		}
		id := identity(attr.Type, all[i].Fields)
		if !appendMode && !wanted[id] {
			all[i].ActiveUntil = &w.now
			removed = append(removed, all[i].Fields)
			continue
		}
		have[id] = true
	}
	for _, it := range items {
		id := identity(attr.Type, it)
		if have[id] {
			continue
		}
		have[id] = true
		all = append(all, w.newValue(attr.Type, it))
		added = append(added, it)
	}
	return all, removed, added
}

func (w *writer) newValue(t AttributeType, fields map[string]any) Value {
	return Value{ActiveFrom: w.now, CreatedBy: w.actor, Type: t, Fields: fields}
}

// jsonShaped gives values the types encoding/json decodes to, so normalizers see one set of
// types whether the caller is the REST API or Go code passing []string or int.
func jsonShaped(values map[string]any) (map[string]any, error) {
	raw, err := json.Marshal(values)
	if err != nil {
		return nil, invalid("", "the values cannot be encoded as JSON: %v", err)
	}
	var out map[string]any
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("decode values: %w", err)
	}
	return out, nil
}
