package workspace

import (
	"unicode/utf8"
)

// CreateTask creates a task written by actor.
func (w *Workspace) CreateTask(in TaskInput, actor Actor) (Task, error) {
	var out Task
	err := w.update(actor, func(wr *writer) error {
		if in.Format != "plaintext" {
			return invalid("format", "is %q; a task's format is \"plaintext\"", in.Format)
		}
		if in.Content == "" {
			return invalid("content", "is required: a task needs some text")
		}
		if n := utf8.RuneCountInString(in.Content); n > MaxTaskContent {
			return invalid("content", "has %d characters; a task has at most %d", n,
				MaxTaskContent)
		}
		t := Task{ID: TaskID{wr.info.ID, newID()}, ContentPlaintext: in.Content,
			IsCompleted: in.IsCompleted, CreatedBy: wr.actor, CreatedAt: wr.now}
		err := wr.applyTask(&t, TaskUpdate{Deadline: in.Deadline,
			LinkedRecords: &in.LinkedRecords, Assignees: &in.Assignees})
		if err != nil {
			return err
		}
		out = t
		return wr.saveTask(t, ChangeTaskCreated)
	})
	return out, err
}

// UpdateTask changes the deadline, completion, linked records or assignees of a task.
func (w *Workspace) UpdateTask(id string, u TaskUpdate, actor Actor) (Task, error) {
	var out Task
	err := w.update(actor, func(wr *writer) error {
		var t Task
		found, err := wr.tx.Get(bucketTasks, id, &t)
		if err != nil {
			return err
		}
		if !found {
			return notFound("task", id)
		}
		if err := wr.applyTask(&t, u); err != nil {
			return err
		}
		out = t
		return wr.saveTask(t, ChangeTaskUpdated)
	})
	return out, err
}

// DeleteTask deletes a task.
func (w *Workspace) DeleteTask(id string) error {
	return w.update(System, func(wr *writer) error {
		if wr.tx.GetRaw(bucketTasks, id) == nil {
			return notFound("task", id)
		}
		wr.others = append(wr.others, Change{Kind: ChangeTaskDeleted, TaskID: id})
		return wr.tx.Delete(bucketTasks, id)
	})
}

func (wr *writer) saveTask(t Task, kind ChangeKind) error {
	wr.others = append(wr.others, Change{Kind: kind, TaskID: t.ID.TaskID})
	return wr.tx.Put(bucketTasks, t.ID.TaskID, t)
}

func (wr *writer) applyTask(t *Task, u TaskUpdate) error {
	if u.Deadline != nil {
		t.Deadline = nil
		if *u.Deadline != "" {
			at, ok := parseInstant(*u.Deadline)
			if !ok {
				return invalid("deadline_at", "%q is not an ISO 8601 timestamp such as "+
					"2024-05-01T09:30:00Z", *u.Deadline)
			}
			t.Deadline = &at
		}
	}
	if u.IsCompleted != nil {
		t.IsCompleted = *u.IsCompleted
	}
	if u.LinkedRecords != nil {
		links, err := wr.linkedRecords(*u.LinkedRecords)
		if err != nil {
			return err
		}
		t.LinkedRecords = links
	}
	if u.Assignees != nil {
		assignees, err := wr.assignees(*u.Assignees)
		if err != nil {
			return err
		}
		t.Assignees = assignees
	}
	return nil
}

// anyRecord is the record reference a task's linked records are read as: to any object.
var anyRecord = Attribute{Slug: "linked_records", Type: TypeRecordReference}

func (wr *writer) linkedRecords(raw []any) ([]LinkedRecord, error) {
	out := []LinkedRecord{}
	seen := map[LinkedRecord]bool{}
	for _, item := range raw {
		if _, isMap := item.(map[string]any); !isMap {
			return nil, invalid("linked_records", "expects {target_object, "+
				"target_record_id}, but got %s", show(item))
		}
		fields, err := wr.normalizeReference(&anyRecord, item)
		if err != nil {
			return nil, invalid("linked_records", "%v", err)
		}
		obj, _ := wr.object(fields["target_object"].(string))
		link := LinkedRecord{TargetObjectID: obj.ID,
			TargetRecordID: fields["target_record_id"].(string)}
		if !seen[link] {
			seen[link] = true
			out = append(out, link)
		}
	}
	return out, nil
}

func (wr *writer) assignees(raw []any) ([]Assignee, error) {
	out := []Assignee{}
	seen := map[string]bool{}
	for _, item := range raw {
		fields, err := wr.normalizeActor(item)
		if err != nil {
			return nil, invalid("assignees", "%v", err)
		}
		id := fields["referenced_actor_id"].(string)
		if !seen[id] {
			seen[id] = true
			out = append(out, Assignee{ActorType: "workspace-member", ActorID: id})
		}
	}
	return out, nil
}
