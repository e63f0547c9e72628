package attioapi

import (
	"net/http"

	"attio-studio/backend/workspace"
)

// entryBody is the body of entry writes: {"data": {parent_record_id, parent_object,
// entry_values}}; updates send only entry_values.
type entryBody struct {
	Data *struct {
		ParentRecordID string         `json:"parent_record_id"`
		ParentObject   string         `json:"parent_object"`
		EntryValues    map[string]any `json:"entry_values"`
	} `json:"data"`
}

func decodeEntry(r *http.Request, needParent bool) (entryBody, *apiError) {
	var body entryBody
	if err := decodeBody(r, &body, false); err != nil {
		return body, err
	}
	if body.Data == nil {
		return body, badRequest("validation_type", "The body must be {\"data\": "+
			"{\"entry_values\": {...}}}, and data is missing.")
	}
	if needParent && (body.Data.ParentObject == "" || body.Data.ParentRecordID == "") {
		return body, badRequest("validation_type", "data.parent_object and "+
			"data.parent_record_id are required: name the record the entry holds.")
	}
	return body, nil
}

func (h *handler) queryEntries(w http.ResponseWriter, r *http.Request, p params) {
	q, apiErr := decodeQuery(r)
	if apiErr != nil {
		writeError(w, apiErr)
		return
	}
	entries, err := h.ws.ListEntries(p["list"], q)
	h.answer(w, entries, err)
}

func (h *handler) createEntry(w http.ResponseWriter, r *http.Request, p params) {
	body, apiErr := decodeEntry(r, true)
	if apiErr != nil {
		writeError(w, apiErr)
		return
	}
	d := body.Data
	e, err := h.ws.CreateEntry(p["list"], d.ParentObject, d.ParentRecordID, d.EntryValues,
		h.actor)
	h.answer(w, e, err)
}

func (h *handler) assertEntry(w http.ResponseWriter, r *http.Request, p params) {
	body, apiErr := decodeEntry(r, true)
	if apiErr != nil {
		writeError(w, apiErr)
		return
	}
	d := body.Data
	e, _, err := h.ws.AssertEntry(p["list"], d.ParentObject, d.ParentRecordID, d.EntryValues,
		h.actor)
	h.answer(w, e, err)
}

func (h *handler) getEntry(w http.ResponseWriter, _ *http.Request, p params) {
	e, err := h.ws.GetEntry(p["list"], p["entry"])
	h.answer(w, e, err)
}

func (h *handler) patchEntry(w http.ResponseWriter, r *http.Request, p params) {
	h.updateEntry(w, r, p, workspace.Append)
}

func (h *handler) putEntry(w http.ResponseWriter, r *http.Request, p params) {
	h.updateEntry(w, r, p, workspace.Overwrite)
}

func (h *handler) updateEntry(w http.ResponseWriter, r *http.Request, p params,
	mode workspace.UpdateMode) {
	body, apiErr := decodeEntry(r, false)
	if apiErr != nil {
		writeError(w, apiErr)
		return
	}
	if body.Data.EntryValues == nil {
		writeError(w, badRequest("validation_type", "The body must be {\"data\": "+
			"{\"entry_values\": {...}}}, and data.entry_values is missing."))
		return
	}
	e, err := h.ws.UpdateEntry(p["list"], p["entry"], body.Data.EntryValues, mode, h.actor)
	h.answer(w, e, err)
}

func (h *handler) deleteEntry(w http.ResponseWriter, _ *http.Request, p params) {
	if err := h.ws.DeleteEntry(p["list"], p["entry"]); err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{})
}

func (h *handler) entryAttributeValues(w http.ResponseWriter, r *http.Request, p params) {
	historic, apiErr := boolParam(r.URL.Query().Get("show_historic"), "show_historic")
	if apiErr != nil {
		writeError(w, apiErr)
		return
	}
	values, err := h.ws.EntryAttributeValues(p["list"], p["entry"], p["attribute"], historic)
	h.answer(w, values, err)
}

// answer writes {"data": v}, or the error Attio would give for err.
func (h *handler) answer(w http.ResponseWriter, v any, err error) {
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	writeData(w, v)
}
