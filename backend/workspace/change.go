package workspace

// ChangeKind says what happened to a record.
type ChangeKind string

// The kinds of change subscribers hear about.
const (
	ChangeCreated ChangeKind = "created"
	ChangeUpdated ChangeKind = "updated"
	ChangeDeleted ChangeKind = "deleted"
	// ChangeReset means the whole workspace went back to the default; Object and RecordID are
	// empty.
	ChangeReset ChangeKind = "reset"
)

// The kinds of change to list entries, notes and tasks. They differ from the record kinds so
// that a subscriber that follows records never mistakes an entry's deletion for its record's.
const (
	ChangeEntryCreated ChangeKind = "entry-created"
	ChangeEntryUpdated ChangeKind = "entry-updated"
	ChangeEntryDeleted ChangeKind = "entry-deleted"
	ChangeNoteCreated  ChangeKind = "note-created"
	ChangeNoteDeleted  ChangeKind = "note-deleted"
	ChangeTaskCreated  ChangeKind = "task-created"
	ChangeTaskUpdated  ChangeKind = "task-updated"
	ChangeTaskDeleted  ChangeKind = "task-deleted"
)

// Change is one committed change to one record, list entry, note or task. A write that also
// updates the other side of a relationship (a person's company and the company's team) reports
// every record it touched. For an entry or a note, Object and RecordID name the record it
// belongs to, so a page showing that record knows to refresh.
type Change struct {
	Kind     ChangeKind `json:"kind"`
	Object   string     `json:"object"`
	RecordID string     `json:"recordId"`
	// List and EntryID name a changed list entry.
	List    string `json:"list,omitempty"`
	EntryID string `json:"entryId,omitempty"`
	NoteID  string `json:"noteId,omitempty"`
	TaskID  string `json:"taskId,omitempty"`
	// Actor made the change; nil for a reset.
	Actor *Actor `json:"-"`
	// Attributes are the ids of an updated record's or entry's attributes whose values changed,
	// sorted.
	Attributes []string `json:"-"`
}

// Subscribe calls fn with every change committed from now on, on the goroutine of the write,
// after the write is durable. The changes of one write arrive in order; those of two concurrent
// writes may interleave. fn must not block; it may read and write the workspace. cancel stops
// the calls.
func (w *Workspace) Subscribe(fn func(Change)) (cancel func()) {
	w.subsMu.Lock()
	defer w.subsMu.Unlock()
	id := w.nextSub
	w.nextSub++
	w.subs[id] = fn
	return func() {
		w.subsMu.Lock()
		defer w.subsMu.Unlock()
		delete(w.subs, id)
	}
}

// publish runs after the transaction committed, never inside it, so subscribers see the change
// when they read.
func (w *Workspace) publish(changes []Change) {
	if len(changes) == 0 {
		return
	}
	w.subsMu.Lock()
	fns := make([]func(Change), 0, len(w.subs))
	for _, fn := range w.subs {
		fns = append(fns, fn)
	}
	w.subsMu.Unlock()
	for _, c := range changes {
		for _, fn := range fns {
			fn(c)
		}
	}
}
