package workspace

import (
	"bytes"
	"errors"
	"slices"
)

// dropDependents deletes what belongs to a record that is being deleted (its list entries and
// notes) and unlinks it from tasks and from other lists' entries, so nothing points at a record
// that is gone.
// TODO: notes and tasks are not indexed by record, so each delete reads all of them; with
// thousands of notes a bulk delete would want an index like the record-entries one.
func (wr *writer) dropDependents(obj *Object, recordID string) error {
	refs, err := recordEntryRefs(wr.tx, obj.ID, recordID)
	if err != nil {
		return err
	}
	for _, ref := range refs {
		l, err := wr.list(ref.ListID)
		if err != nil {
			return err
		}
		e, err := wr.loadEntry(l, ref.EntryID)
		if err != nil {
			return ignoreNotFound(err)
		}
		wr.touchEntry(l, e, ChangeDeleted)
	}
	if err := wr.unlinkEntryReferrers(obj, recordID); err != nil {
		return err
	}
	notes, err := loadNotes(wr.tx)
	if err != nil {
		return err
	}
	for _, n := range notes {
		if n.ParentObject == obj.Slug && n.ParentRecordID == recordID {
			if err := wr.deleteNote(n); err != nil {
				return err
			}
		}
	}
	return wr.unlinkTasks(obj, recordID)
}

func (wr *writer) unlinkTasks(obj *Object, recordID string) error {
	tasks, err := loadTasks(wr.tx)
	if err != nil {
		return err
	}
	gone := LinkedRecord{TargetObjectID: obj.ID, TargetRecordID: recordID}
	for _, t := range tasks {
		if !slices.Contains(t.LinkedRecords, gone) {
			continue
		}
		t.LinkedRecords = slices.DeleteFunc(t.LinkedRecords,
			func(l LinkedRecord) bool { return l == gone })
		if err := wr.saveTask(t, ChangeTaskUpdated); err != nil {
			return err
		}
	}
	return nil
}

// unlinkEntryReferrers ends the values of list entries' record-reference attributes that point
// at a record being deleted, as it ends other records' values that do.
func (wr *writer) unlinkEntryReferrers(obj *Object, recordID string) error {
	lists, err := wr.allLists()
	if err != nil {
		return err
	}
	needle := []byte(recordID)
	for i := range lists {
		l := &lists[i]
		attrs := danglingAttributes(l.asObject(), obj)
		if len(attrs) == 0 {
			continue
		}
		var ids []string
		err := wr.tx.ForEach(entriesBucket(l.ID), func(id string, raw []byte) error {
			if bytes.Contains(raw, needle) {
				ids = append(ids, id)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, e := range wr.entries { // entries this write changed, as they are now
			if e.ID.ListID == l.ID && !slices.Contains(ids, e.ID.EntryID) {
				ids = append(ids, e.ID.EntryID)
			}
		}
		slices.Sort(ids)
		for _, id := range ids {
			e, err := wr.loadEntry(l, id)
			if err != nil {
				if errors.Is(err, ErrNotFound) {
					continue
				}
				return err
			}
			for _, a := range attrs {
				if endReferences(e.Values[a.Slug], recordID, &wr.now) {
					wr.touchEntryValues(l, e, a)
				}
			}
		}
	}
	return nil
}
