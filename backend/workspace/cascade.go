package workspace

import "slices"

// dropDependents deletes what belongs to a record that is being deleted (its list entries and
// notes) and unlinks it from tasks, so nothing points at a record that is gone.
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
