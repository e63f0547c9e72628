package workspace

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"attio-studio/backend/store"
)

const bucketNotes = "workspace/notes"

// DefaultNoteLimit and MaxNoteLimit bound a page of notes, as in Attio.
const (
	DefaultNoteLimit = 10
	MaxNoteLimit     = 50
)

// NoteID is Attio's composite note id.
type NoteID struct {
	WorkspaceID string `json:"workspace_id"`
	NoteID      string `json:"note_id"`
}

// Note is a note on a record, in Attio's REST shape.
type Note struct {
	ID               NoteID    `json:"id"`
	ParentObject     string    `json:"parent_object"`
	ParentRecordID   string    `json:"parent_record_id"`
	Title            string    `json:"title"`
	ContentPlaintext string    `json:"content_plaintext"`
	ContentMarkdown  string    `json:"content_markdown"`
	Tags             []any     `json:"tags"`
	CreatedBy        Actor     `json:"created_by_actor"`
	CreatedAt        Timestamp `json:"created_at"`
	MeetingID        *string   `json:"meeting_id"`
}

// NoteInput is a note to create, in the shape of Attio's POST /notes body.
type NoteInput struct {
	ParentObject   string `json:"parent_object"`
	ParentRecordID string `json:"parent_record_id"`
	Title          string `json:"title"`
	// Format is "plaintext" or "markdown": how Content is written.
	Format  string `json:"format"`
	Content string `json:"content"`
	// CreatedAt backdates the note (ISO 8601); empty means now.
	CreatedAt string  `json:"created_at,omitempty"`
	MeetingID *string `json:"meeting_id,omitempty"`
}

// NoteQuery selects notes: those of one object or record, a page at a time, oldest first.
type NoteQuery struct {
	ParentObject   string
	ParentRecordID string
	// Limit is the most notes to return; 0 means DefaultNoteLimit.
	Limit  int
	Offset int
}

// Notes returns the notes q selects.
func (w *Workspace) Notes(q NoteQuery) ([]Note, error) {
	var out []Note
	err := w.st.View(func(tx *store.Tx) error {
		var obj *Object
		if q.ParentObject != "" {
			var err error
			if obj, err = loadObject(tx, q.ParentObject); err != nil {
				return err
			}
		}
		notes, err := loadNotes(tx)
		for _, n := range notes {
			if (obj == nil || n.ParentObject == obj.Slug) &&
				(q.ParentRecordID == "" || n.ParentRecordID == q.ParentRecordID) {
				out = append(out, n)
			}
		}
		return err
	})
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultNoteLimit
	}
	return pageOf(out, q.Offset, limit), err
}

// Note returns one note.
func (w *Workspace) Note(id string) (Note, error) {
	var n Note
	err := w.st.View(func(tx *store.Tx) error {
		found, err := tx.Get(bucketNotes, id, &n)
		if err == nil && !found {
			err = notFound("note", id)
		}
		return err
	})
	return n, err
}

// CreateNote adds a note to a record, written by actor. Plaintext content is kept as written
// and escaped for the markdown form; markdown content is kept and stripped of its markup for
// the plaintext form.
func (w *Workspace) CreateNote(in NoteInput, actor Actor) (Note, error) {
	var out Note
	err := w.update(actor, func(wr *writer) error {
		n, err := wr.newNote(in)
		if err != nil {
			return err
		}
		if err := wr.tx.Put(bucketNotes, n.ID.NoteID, n); err != nil {
			return err
		}
		wr.others = append(wr.others, Change{Kind: ChangeNoteCreated, Object: n.ParentObject,
			RecordID: n.ParentRecordID, NoteID: n.ID.NoteID})
		out = n
		return nil
	})
	return out, err
}

// DeleteNote deletes a note.
func (w *Workspace) DeleteNote(id string) error {
	return w.update(System, func(wr *writer) error {
		var n Note
		found, err := wr.tx.Get(bucketNotes, id, &n)
		if err != nil {
			return err
		}
		if !found {
			return notFound("note", id)
		}
		return wr.deleteNote(n)
	})
}

func (wr *writer) deleteNote(n Note) error {
	wr.others = append(wr.others, Change{Kind: ChangeNoteDeleted, Object: n.ParentObject,
		RecordID: n.ParentRecordID, NoteID: n.ID.NoteID})
	return wr.tx.Delete(bucketNotes, n.ID.NoteID)
}

func (wr *writer) newNote(in NoteInput) (Note, error) {
	obj, err := wr.object(in.ParentObject)
	if err != nil {
		return Note{}, invalid("parent_object", "%q is not an object of the workspace",
			in.ParentObject)
	}
	if _, err := wr.load(obj, in.ParentRecordID); err != nil {
		return Note{}, invalid("parent_record_id", "%s has no record %q", obj.Slug,
			in.ParentRecordID)
	}
	if strings.TrimSpace(in.Title) == "" {
		return Note{}, invalid("title", "is required: a note needs a title")
	}
	n := Note{ID: NoteID{wr.info.ID, newID()}, ParentObject: obj.Slug,
		ParentRecordID: in.ParentRecordID, Title: in.Title, Tags: []any{},
		CreatedBy: wr.actor, CreatedAt: wr.now, MeetingID: in.MeetingID}
	switch in.Format {
	case "plaintext":
		n.ContentPlaintext, n.ContentMarkdown = in.Content, escapeMarkdown(in.Content)
	case "markdown":
		n.ContentPlaintext, n.ContentMarkdown = stripMarkdown(in.Content), in.Content
	default:
		return Note{}, invalid("format", "is %q; a note's format is \"plaintext\" or "+
			"\"markdown\"", in.Format)
	}
	if in.CreatedAt != "" {
		t, err := time.Parse(time.RFC3339Nano, in.CreatedAt)
		if err != nil {
			return Note{}, invalid("created_at", "%q is not an ISO 8601 timestamp such as "+
				"2024-05-01T09:30:00Z", in.CreatedAt)
		}
		n.CreatedAt = At(t)
	}
	return n, nil
}

func loadNotes(tx *store.Tx) ([]Note, error) {
	var out []Note
	err := tx.ForEach(bucketNotes, func(key string, raw []byte) error {
		var n Note
		if err := json.Unmarshal(raw, &n); err != nil {
			return fmt.Errorf("decode note %s: %w", key, err)
		}
		out = append(out, n)
		return nil
	})
	slices.SortStableFunc(out, func(a, b Note) int {
		if c := a.CreatedAt.Compare(b.CreatedAt.Time); c != 0 {
			return c
		}
		return strings.Compare(a.ID.NoteID, b.ID.NoteID)
	})
	return out, err
}
