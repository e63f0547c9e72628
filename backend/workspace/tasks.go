package workspace

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"attio-studio/backend/store"
)

const bucketTasks = "workspace/tasks"

// MaxTaskContent is the longest a task's content may be, in characters, as in Attio.
const MaxTaskContent = 2000

// TaskID is Attio's composite task id.
type TaskID struct {
	WorkspaceID string `json:"workspace_id"`
	TaskID      string `json:"task_id"`
}

// LinkedRecord is a record a task is about.
type LinkedRecord struct {
	TargetObjectID string `json:"target_object_id"`
	TargetRecordID string `json:"target_record_id"`
}

// Assignee is a workspace member a task is assigned to.
type Assignee struct {
	ActorType string `json:"referenced_actor_type"`
	ActorID   string `json:"referenced_actor_id"`
}

// Task is a task in Attio's REST shape.
type Task struct {
	ID               TaskID         `json:"id"`
	ContentPlaintext string         `json:"content_plaintext"`
	Deadline         *Timestamp     `json:"deadline_at"`
	IsCompleted      bool           `json:"is_completed"`
	LinkedRecords    []LinkedRecord `json:"linked_records"`
	Assignees        []Assignee     `json:"assignees"`
	CreatedBy        Actor          `json:"created_by_actor"`
	CreatedAt        Timestamp      `json:"created_at"`
}

// TaskInput is a task to create, in the shape of Attio's POST /tasks body.
type TaskInput struct {
	Content string `json:"content"`
	// Format must be "plaintext", the only format Attio takes for tasks.
	Format string `json:"format"`
	// Deadline is an ISO 8601 timestamp; nil means no deadline.
	Deadline    *string `json:"deadline_at"`
	IsCompleted bool    `json:"is_completed"`
	// LinkedRecords are {target_object, target_record_id} (or a unique attribute in place of
	// the id, as in record references).
	LinkedRecords []any `json:"linked_records"`
	// Assignees are {referenced_actor_type: "workspace-member", referenced_actor_id},
	// {workspace_member_email_address} or a member's id or email.
	Assignees []any `json:"assignees"`
}

// TaskUpdate changes the fields of a task that are set; Attio does not let content change.
type TaskUpdate struct {
	// Deadline is the new deadline (ISO 8601); a pointer to "" clears it.
	Deadline      *string
	IsCompleted   *bool
	LinkedRecords *[]any
	Assignees     *[]any
}

// TaskQuery selects tasks. Empty fields select everything.
type TaskQuery struct {
	// LinkedObject and LinkedRecordID keep tasks linked to that object or record.
	LinkedObject   string
	LinkedRecordID string
	// Assignee keeps tasks assigned to a member (id or email).
	Assignee    string
	IsCompleted *bool
	// NewestFirst sorts by creation time descending (Attio's sort=created_at:desc).
	NewestFirst bool
	// Limit is the most tasks to return; 0 means all.
	Limit  int
	Offset int
}

// Tasks returns the tasks q selects, oldest first unless q says otherwise.
func (w *Workspace) Tasks(q TaskQuery) ([]Task, error) {
	var out []Task
	err := w.st.View(func(tx *store.Tx) error {
		keep, err := taskFilter(tx, q)
		if err != nil {
			return err
		}
		tasks, err := loadTasks(tx)
		for _, t := range tasks {
			if keep(t) {
				out = append(out, t)
			}
		}
		return err
	})
	if q.NewestFirst {
		slices.Reverse(out)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = len(out)
	}
	return pageOf(out, q.Offset, limit), err
}

func taskFilter(tx *store.Tx, q TaskQuery) (func(Task) bool, error) {
	objectID := ""
	if q.LinkedObject != "" {
		obj, err := loadObject(tx, q.LinkedObject)
		if err != nil {
			return nil, err
		}
		objectID = obj.ID
	}
	memberID := ""
	if q.Assignee != "" {
		m, found, err := findMember(tx, q.Assignee)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, notFound("workspace member", q.Assignee)
		}
		memberID = m.ID
	}
	return func(t Task) bool {
		if q.IsCompleted != nil && t.IsCompleted != *q.IsCompleted {
			return false
		}
		if memberID != "" && !slices.ContainsFunc(t.Assignees, func(a Assignee) bool {
			return a.ActorID == memberID
		}) {
			return false
		}
		if objectID == "" && q.LinkedRecordID == "" {
			return true
		}
		return slices.ContainsFunc(t.LinkedRecords, func(l LinkedRecord) bool {
			return (objectID == "" || l.TargetObjectID == objectID) &&
				(q.LinkedRecordID == "" || l.TargetRecordID == q.LinkedRecordID)
		})
	}, nil
}

// Task returns one task.
func (w *Workspace) Task(id string) (Task, error) {
	var t Task
	err := w.st.View(func(tx *store.Tx) error {
		found, err := tx.Get(bucketTasks, id, &t)
		if err == nil && !found {
			err = notFound("task", id)
		}
		return err
	})
	return t, err
}

func loadTasks(tx *store.Tx) ([]Task, error) {
	var out []Task
	err := tx.ForEach(bucketTasks, func(key string, raw []byte) error {
		var t Task
		if err := json.Unmarshal(raw, &t); err != nil {
			return fmt.Errorf("decode task %s: %w", key, err)
		}
		out = append(out, t)
		return nil
	})
	slices.SortStableFunc(out, func(a, b Task) int {
		if c := a.CreatedAt.Compare(b.CreatedAt.Time); c != 0 {
			return c
		}
		return strings.Compare(a.ID.TaskID, b.ID.TaskID)
	})
	return out, err
}
