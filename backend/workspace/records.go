package workspace

import (
	"fmt"
	"strings"

	"attio-studio/backend/store"
)

// GetRecord returns a record of object (slug or id) with its current values.
func (w *Workspace) GetRecord(object, id string) (Record, error) {
	var out Record
	err := w.st.View(func(tx *store.Tx) error {
		obj, err := w.objectIn(tx, object)
		if err != nil {
			return err
		}
		stored, err := loadRecord(tx, obj, id)
		if err != nil {
			return err
		}
		out = currentView(obj, stored)
		return nil
	})
	return out, err
}

// AttributeValues returns the values of one attribute of a record, oldest first: only the
// current ones, or with historic the replaced and removed ones too.
func (w *Workspace) AttributeValues(object, id, attribute string, historic bool) ([]Value,
	error) {
	var out []Value
	err := w.st.View(func(tx *store.Tx) error {
		obj, err := w.objectIn(tx, object)
		if err != nil {
			return err
		}
		attr, ok := obj.Attribute(attribute)
		if !ok {
			return notFound("attribute", attribute)
		}
		stored, err := loadRecord(tx, obj, id)
		if err != nil {
			return err
		}
		if !historic {
			out = currentValues(stored.Values[attr.Slug])
			return nil
		}
		all, err := withHistory(tx, obj, stored, attr.Slug)
		out = append([]Value{}, all[attr.Slug]...)
		return err
	})
	return out, err
}

// CreateRecord creates a record of object from values keyed by attribute slug or id, in any
// of Attio's write forms, written by actor. It fails, creating nothing, when a value is
// invalid (*ValidationError), a required attribute is missing, or a unique value is taken
// (*ConflictError).
func (w *Workspace) CreateRecord(object string, values map[string]any, actor Actor) (Record,
	error) {
	return w.write(actor, func(wr *writer) (*Object, *Record, error) {
		obj, err := wr.object(object)
		if err != nil {
			return nil, nil, err
		}
		r, err := wr.create(obj, "", values)
		return obj, r, err
	})
}

// UpdateRecord writes values to an existing record. mode says whether multiselect values are
// added to (Append, PATCH) or replace (Overwrite, PUT) the current ones; replaced values stay
// in the history.
func (w *Workspace) UpdateRecord(object, id string, values map[string]any, mode UpdateMode,
	actor Actor) (Record, error) {
	return w.write(actor, func(wr *writer) (*Object, *Record, error) {
		obj, err := wr.object(object)
		if err != nil {
			return nil, nil, err
		}
		r, err := wr.load(obj, id)
		if err != nil {
			return nil, nil, err
		}
		if err := wr.set(obj, r, values, mode); err != nil {
			return nil, nil, err
		}
		return obj, r, wr.checkRequired(obj, r)
	})
}

// AssertRecord updates the record whose unique attribute matching has one of the written
// values, or creates one when none has (Attio's PUT .../records?matching_attribute=). On
// update, the matching attribute's values are added and other multiselects replaced.
// created reports which happened.
func (w *Workspace) AssertRecord(object, matching string, values map[string]any,
	actor Actor) (rec Record, created bool, err error) {
	rec, err = w.write(actor, func(wr *writer) (*Object, *Record, error) {
		obj, err := wr.object(object)
		if err != nil {
			return nil, nil, err
		}
		r, isNew, err := wr.assert(obj, matching, values)
		created = isNew
		return obj, r, err
	})
	return rec, created, err
}

// DeleteRecord deletes a record, takes it out of the other side of its relationships, and
// deletes its list entries and notes, unlinks it from tasks, and ends the values of other
// records' and list entries' references that point at it, as Attio does.
func (w *Workspace) DeleteRecord(object, id string) error {
	_, err := w.write(System, func(wr *writer) (*Object, *Record, error) {
		obj, err := wr.object(object)
		if err != nil {
			return nil, nil, err
		}
		r, err := wr.load(obj, id)
		if err != nil {
			return nil, nil, err
		}
		if err := wr.unlinkAll(obj, r); err != nil {
			return nil, nil, err
		}
		if err := wr.unlinkReferrers(obj, r.ID.RecordID); err != nil {
			return nil, nil, err
		}
		if err := wr.unindex(obj, r); err != nil {
			return nil, nil, err
		}
		if err := wr.dropDependents(obj, r.ID.RecordID); err != nil {
			return nil, nil, err
		}
		wr.touch(obj, r, ChangeDeleted)
		return nil, nil, nil
	})
	return err
}

// write runs fn in one transaction, stores what it changed, and tells subscribers once the
// transaction is durable. It returns the current view of the record fn returns.
func (w *Workspace) write(actor Actor, fn func(*writer) (*Object, *Record, error)) (Record,
	error) {
	var out Record
	err := w.update(actor, func(wr *writer) error {
		obj, r, err := fn(wr)
		if err == nil && r != nil {
			out = currentView(obj, r)
		}
		return err
	})
	if err != nil {
		return Record{}, err
	}
	return out, nil
}

// create makes a record of obj from values. A record written with its id (the seed, an import)
// is kept as given; a new one is completed as Attio completes it (a person's company).
func (wr *writer) create(obj *Object, id string, values map[string]any) (*Record, error) {
	isNew := id == ""
	if isNew {
		id = newID()
	}
	r := &Record{ID: RecordID{wr.info.ID, obj.ID, id}, CreatedAt: wr.now,
		WebURL: webURL(wr.info, obj, id), Values: map[string][]Value{}}
	wr.touch(obj, r, ChangeCreated)
	wr.setSystemValues(obj, r)
	if err := wr.set(obj, r, values, Overwrite); err != nil {
		return nil, err
	}
	if isNew {
		if err := wr.companyFromEmail(obj, r); err != nil {
			return nil, err
		}
	}
	return r, wr.checkRequired(obj, r)
}

// setSystemValues gives a new record the values Attio sets itself.
func (wr *writer) setSystemValues(obj *Object, r *Record) {
	system := map[string]map[string]any{
		"created_at": {"value": wr.now.String()},
		"created_by": {"referenced_actor_type": wr.actor.Type,
			"referenced_actor_id": nilIfEmpty(wr.actor.ID)},
	}
	for slug, fields := range system {
		if attr, ok := obj.Attribute(slug); ok && attr.IsSystem {
			v := wr.newValue(attr.Type, fields)
			v.CreatedBy = System
			r.Values[slug] = []Value{v}
		}
	}
}

func (wr *writer) checkRequired(obj *Object, r *Record) error {
	for _, a := range obj.Attributes {
		if a.IsRequired && len(currentValues(r.Values[a.Slug])) == 0 {
			return invalid(a.Slug, "is required on %s and has no value", lower(obj.Plural))
		}
	}
	return nil
}

func (wr *writer) assert(obj *Object, matching string, values map[string]any) (*Record, bool,
	error) {
	attr, ok := obj.Attribute(matching)
	if !ok {
		return nil, false, invalid(matching, "%s have no attribute with this slug or id",
			lower(obj.Plural))
	}
	if !attr.IsUnique {
		return nil, false, invalid(matching, "is not unique, so it cannot match records")
	}
	key, raw := "", any(nil)
	for k, v := range values {
		if k == attr.Slug || k == attr.ID {
			key, raw = k, v
		}
	}
	if key == "" {
		return nil, false, invalid(matching, "has no value in the write, so nothing can match")
	}
	shaped, err := jsonShaped(map[string]any{key: raw})
	if err != nil {
		return nil, false, err
	}
	items, err := wr.normalize(obj, attr, key, shaped[key])
	if err != nil {
		return nil, false, err
	}
	id, found, err := wr.lookupUnique(obj, attr, items)
	if err != nil {
		return nil, false, err
	}
	if !found {
		r, err := wr.create(obj, "", values)
		return r, true, err
	}
	r, err := wr.load(obj, id)
	if err != nil {
		return nil, false, err
	}
	rest := make(map[string]any, len(values))
	for k, v := range values {
		if k != key {
			rest[k] = v
		}
	}
	if err := wr.set(obj, r, rest, Overwrite); err != nil {
		return nil, false, err
	}
	if err := wr.set(obj, r, map[string]any{key: raw}, Append); err != nil {
		return nil, false, err
	}
	return r, false, wr.checkRequired(obj, r)
}

func loadRecord(tx *store.Tx, obj *Object, id string) (*Record, error) {
	var r Record
	found, err := tx.Get(recordsBucket(obj.ID), id, &r)
	if err != nil {
		return nil, fmt.Errorf("read %s record %s: %w", obj.Slug, id, err)
	}
	if !found {
		return nil, notFound(lower(obj.Singular)+" record", id)
	}
	return &r, nil
}

func webURL(info Info, obj *Object, id string) string {
	return "https://app.attio.com/" + info.Slug + "/" +
		strings.ReplaceAll(lower(obj.Singular), " ", "-") + "/" + id
}

func lower(s string) string { return strings.ToLower(s) }

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// CreateRecords creates many records of object in one transaction (an import of rows, a
// benchmark's fixture) and returns their ids in order. Like CreateRecord it is all or
// nothing: the first invalid row fails the whole call, naming the row.
func (w *Workspace) CreateRecords(object string, rows []map[string]any, actor Actor) ([]string,
	error) {
	ids := make([]string, 0, len(rows))
	err := w.update(actor, func(wr *writer) error {
		obj, err := wr.object(object)
		if err != nil {
			return err
		}
		for i, values := range rows {
			r, err := wr.create(obj, "", values)
			if err != nil {
				return fmt.Errorf("row %d: %w", i, err)
			}
			ids = append(ids, r.ID.RecordID)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ids, nil
}
