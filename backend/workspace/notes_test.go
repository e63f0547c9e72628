package workspace

import (
	"errors"
	"testing"
)

func TestNotes(t *testing.T) {
	ws := openTest(t)
	seeded, err := ws.Notes(NoteQuery{ParentObject: "people", ParentRecordID: ada})
	if err != nil || len(seeded) != 1 || seeded[0].Title != "Renewal call" ||
		seeded[0].ContentPlaintext != "Renewal\n- Wants SSO before signing\n- Budget approved for Q2" {
		t.Fatalf("Ada's notes = %+v, %v", seeded, err)
	}
	all, _ := ws.Notes(NoteQuery{Limit: 50})
	if len(all) != 5 {
		t.Errorf("%d notes, want 5", len(all))
	}
	if page, _ := ws.Notes(NoteQuery{Limit: 2, Offset: 4}); len(page) != 1 {
		t.Errorf("last page has %d notes", len(page))
	}
	n, err := ws.CreateNote(NoteInput{ParentObject: "people", ParentRecordID: ada,
		Title: "Call", Format: "plaintext", Content: "Use *her* phone_numbers"}, api)
	if err != nil {
		t.Fatal(err)
	}
	if n.ContentMarkdown != `Use \*her\* phone\_numbers` || n.CreatedBy != api || len(n.Tags) != 0 {
		t.Errorf("created note = %+v", n)
	}
	if got, err := ws.Note(n.ID.NoteID); err != nil || got.Title != "Call" {
		t.Errorf("Note() = %+v, %v", got, err)
	}
	if err := ws.DeleteNote(n.ID.NoteID); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.Note(n.ID.NoteID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted note: %v", err)
	}
}

func TestCreateNoteIsValidated(t *testing.T) {
	ws := openTest(t)
	ok := NoteInput{ParentObject: "people", ParentRecordID: ada, Title: "T", Format: "plaintext"}
	tests := []struct {
		name string
		edit func(*NoteInput)
		want string
	}{
		{"unknown object", func(n *NoteInput) { n.ParentObject = "invoices" },
			`parent_object: "invoices" is not an object of the workspace`},
		{"unknown record", func(n *NoteInput) { n.ParentRecordID = "x" },
			`parent_record_id: people has no record "x"`},
		{"no title", func(n *NoteInput) { n.Title = " " }, "title: is required: a note needs a title"},
		{"bad format", func(n *NoteInput) { n.Format = "html" },
			`format: is "html"; a note's format is "plaintext" or "markdown"`},
		{"bad created_at", func(n *NoteInput) { n.CreatedAt = "yesterday" },
			`created_at: "yesterday" is not an ISO 8601 timestamp such as 2024-05-01T09:30:00Z`},
	}
	for _, tt := range tests {
		in := ok
		tt.edit(&in)
		if _, err := ws.CreateNote(in, api); err == nil || err.Error() != tt.want {
			t.Errorf("%s: error = %v, want %s", tt.name, err, tt.want)
		}
	}
}

func TestStripMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# Title\nplain", "Title\nplain"},
		{"**bold** and _it_ and `code`", "bold and it and code"},
		{"see [docs](https://x.example) ![img](a.png)", "see docs img"},
		{`a \* star`, "a * star"},
		{"2 * 3 * 4", "2 * 3 * 4"},
	}
	for _, tt := range tests {
		if got := stripMarkdown(tt.in); got != tt.want {
			t.Errorf("stripMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTasks(t *testing.T) {
	ws := openTest(t)
	done := true
	completed, err := ws.Tasks(TaskQuery{IsCompleted: &done})
	if err != nil || len(completed) != 1 || completed[0].ContentPlaintext !=
		"Follow up with Grace by email" {
		t.Fatalf("completed tasks = %+v, %v", completed, err)
	}
	priyas, _ := ws.Tasks(TaskQuery{Assignee: "priya@acme.example"})
	if len(priyas) != 2 {
		t.Errorf("Priya has %d tasks, want 2", len(priyas))
	}
	onAda, _ := ws.Tasks(TaskQuery{LinkedObject: "people", LinkedRecordID: ada})
	if len(onAda) != 1 {
		t.Errorf("%d tasks on Ada, want 1", len(onAda))
	}
	newest, _ := ws.Tasks(TaskQuery{NewestFirst: true, Limit: 1})
	if len(newest) != 1 || newest[0].ContentPlaintext != "Fill in Helix Bio's security questionnaire" {
		t.Errorf("newest task = %+v", newest)
	}
	task, err := ws.CreateTask(TaskInput{Content: "Call Ada", Format: "plaintext",
		Deadline:      deadline("2025-01-02T10:00:00+01:00"),
		LinkedRecords: []any{map[string]any{"target_object": "people", "target_record_id": ada}},
		Assignees: []any{map[string]any{"referenced_actor_type": "workspace-member",
			"referenced_actor_id": MemberID("sam@acme.example")}}}, api)
	if err != nil {
		t.Fatal(err)
	}
	if task.Deadline.String() != "2025-01-02T09:00:00.000000000Z" ||
		task.LinkedRecords[0].TargetObjectID != stableID("object", "people") {
		t.Errorf("created task = %+v", task)
	}
	empty := ""
	updated, err := ws.UpdateTask(task.ID.TaskID, TaskUpdate{Deadline: &empty,
		IsCompleted: &done}, api)
	if err != nil || updated.Deadline != nil || !updated.IsCompleted ||
		updated.ContentPlaintext != "Call Ada" {
		t.Errorf("updated task = %+v, %v", updated, err)
	}
	if err := ws.DeleteTask(task.ID.TaskID); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.Task(task.ID.TaskID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted task: %v", err)
	}
}

func TestCreateTaskIsValidated(t *testing.T) {
	ws := openTest(t)
	long := make([]byte, MaxTaskContent+1)
	for i := range long {
		long[i] = 'a'
	}
	tests := []struct {
		name string
		in   TaskInput
		want string
	}{
		{"no content", TaskInput{Format: "plaintext"}, "content: is required: a task needs some text"},
		{"too long", TaskInput{Format: "plaintext", Content: string(long)},
			"content: has 2001 characters; a task has at most 2000"},
		{"format", TaskInput{Format: "markdown", Content: "x"},
			`format: is "markdown"; a task's format is "plaintext"`},
		{"deadline", TaskInput{Format: "plaintext", Content: "x", Deadline: deadline("soon")},
			`deadline_at: "soon" is not an ISO 8601 timestamp such as 2024-05-01T09:30:00Z`},
		{"linked record", TaskInput{Format: "plaintext", Content: "x", LinkedRecords: []any{
			map[string]any{"target_object": "people", "target_record_id": "nope"}}},
			`linked_records: points at people record "nope", which does not exist`},
		{"assignee", TaskInput{Format: "plaintext", Content: "x",
			Assignees: []any{"nobody@acme.example"}},
			`assignees: "nobody@acme.example" is not a workspace member's id or email address`},
	}
	for _, tt := range tests {
		if _, err := ws.CreateTask(tt.in, api); err == nil || err.Error() != tt.want {
			t.Errorf("%s: error = %v, want %s", tt.name, err, tt.want)
		}
	}
}
