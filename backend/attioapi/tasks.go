package attioapi

import (
	"encoding/json"
	"net/http"
	"strings"

	"attio-studio/backend/workspace"
)

func (h *handler) listTasks(w http.ResponseWriter, r *http.Request, _ params) {
	q, apiErr := taskQuery(r)
	if apiErr != nil {
		writeError(w, apiErr)
		return
	}
	tasks, err := h.ws.Tasks(q)
	if tasks == nil {
		tasks = []workspace.Task{}
	}
	h.answer(w, tasks, err)
}

func taskQuery(r *http.Request) (workspace.TaskQuery, *apiError) {
	v := r.URL.Query()
	q := workspace.TaskQuery{LinkedObject: v.Get("linked_object"),
		LinkedRecordID: v.Get("linked_record_id"), Assignee: v.Get("assignee")}
	var apiErr *apiError
	if q.Limit, apiErr = intParam(v.Get("limit"), "limit"); apiErr != nil {
		return q, apiErr
	}
	if q.Offset, apiErr = intParam(v.Get("offset"), "offset"); apiErr != nil {
		return q, apiErr
	}
	switch v.Get("sort") {
	case "", "created_at:asc":
	case "created_at:desc":
		q.NewestFirst = true
	default:
		return q, badRequest("validation_type", "sort must be created_at:asc or "+
			"created_at:desc, not %q.", v.Get("sort"))
	}
	if s := v.Get("is_completed"); s != "" {
		done, apiErr := boolParam(s, "is_completed")
		if apiErr != nil {
			return q, apiErr
		}
		q.IsCompleted = &done
	}
	if q.LinkedRecordID != "" && q.LinkedObject == "" {
		return q, badRequest("validation_type", "linked_record_id needs linked_object: "+
			"name the object of the record.")
	}
	return q, nil
}

func (h *handler) createTask(w http.ResponseWriter, r *http.Request, _ params) {
	var body struct {
		Data *workspace.TaskInput `json:"data"`
	}
	if err := decodeBody(r, &body, false); err != nil {
		writeError(w, err)
		return
	}
	if body.Data == nil {
		writeError(w, badRequest("validation_type", "The body must be {\"data\": {content, "+
			"format, deadline_at, is_completed, linked_records, assignees}}, and data is "+
			"missing."))
		return
	}
	t, err := h.ws.CreateTask(*body.Data, h.actor)
	h.answer(w, t, err)
}

func (h *handler) getTask(w http.ResponseWriter, _ *http.Request, p params) {
	t, err := h.ws.Task(p["task"])
	h.answer(w, t, err)
}

func (h *handler) patchTask(w http.ResponseWriter, r *http.Request, p params) {
	var body struct {
		Data map[string]json.RawMessage `json:"data"`
	}
	if err := decodeBody(r, &body, false); err != nil {
		writeError(w, err)
		return
	}
	u, apiErr := taskUpdate(body.Data)
	if apiErr != nil {
		writeError(w, apiErr)
		return
	}
	t, err := h.ws.UpdateTask(p["task"], u, h.actor)
	h.answer(w, t, err)
}

// taskUpdate reads the fields a PATCH sets; a null deadline_at clears the deadline.
func taskUpdate(data map[string]json.RawMessage) (workspace.TaskUpdate, *apiError) {
	var u workspace.TaskUpdate
	if data == nil {
		return u, badRequest("validation_type", "The body must be {\"data\": {...}} with "+
			"the fields to change, and data is missing.")
	}
	for key, raw := range data {
		var err error
		switch key {
		case "deadline_at":
			var s *string
			err = json.Unmarshal(raw, &s)
			if s == nil {
				s = new(string)
			}
			u.Deadline = s
		case "is_completed":
			u.IsCompleted = new(bool)
			err = json.Unmarshal(raw, u.IsCompleted)
		case "linked_records":
			u.LinkedRecords = new([]any)
			err = json.Unmarshal(raw, u.LinkedRecords)
		case "assignees":
			u.Assignees = new([]any)
			err = json.Unmarshal(raw, u.Assignees)
		default:
			return u, badRequest("validation_type", "data.%s cannot be changed; a task "+
				"update may set deadline_at, is_completed, linked_records and assignees.", key)
		}
		if err != nil {
			return u, badRequest("validation_type", "data.%s has the wrong type: %s.", key,
				strings.TrimPrefix(err.Error(), "json: "))
		}
	}
	return u, nil
}

func (h *handler) deleteTask(w http.ResponseWriter, _ *http.Request, p params) {
	if err := h.ws.DeleteTask(p["task"]); err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{})
}
