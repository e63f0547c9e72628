package attioapi

import (
	"net/http"

	"attio-studio/backend/workspace"
)

func (h *handler) listNotes(w http.ResponseWriter, r *http.Request, _ params) {
	q := r.URL.Query()
	limit, apiErr := intParam(q.Get("limit"), "limit")
	if apiErr == nil && limit > workspace.MaxNoteLimit {
		apiErr = badRequest("validation_type", "limit must be at most %d, not %d.",
			workspace.MaxNoteLimit, limit)
	}
	offset, offErr := intParam(q.Get("offset"), "offset")
	if apiErr == nil {
		apiErr = offErr
	}
	if apiErr == nil && q.Get("parent_record_id") != "" && q.Get("parent_object") == "" {
		apiErr = badRequest("validation_type", "parent_record_id needs parent_object: name "+
			"the object of the record.")
	}
	if apiErr != nil {
		writeError(w, apiErr)
		return
	}
	notes, err := h.ws.Notes(workspace.NoteQuery{ParentObject: q.Get("parent_object"),
		ParentRecordID: q.Get("parent_record_id"), Limit: limit, Offset: offset})
	h.answer(w, notes, err)
}

func (h *handler) createNote(w http.ResponseWriter, r *http.Request, _ params) {
	var body struct {
		Data *workspace.NoteInput `json:"data"`
	}
	if err := decodeBody(r, &body, false); err != nil {
		writeError(w, err)
		return
	}
	if body.Data == nil {
		writeError(w, badRequest("validation_type", "The body must be {\"data\": "+
			"{parent_object, parent_record_id, title, format, content}}, and data is missing."))
		return
	}
	n, err := h.ws.CreateNote(*body.Data, h.actor)
	h.answer(w, n, err)
}

func (h *handler) getNote(w http.ResponseWriter, _ *http.Request, p params) {
	n, err := h.ws.Note(p["note"])
	h.answer(w, n, err)
}

func (h *handler) deleteNote(w http.ResponseWriter, _ *http.Request, p params) {
	if err := h.ws.DeleteNote(p["note"]); err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{})
}
