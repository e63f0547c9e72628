package attioapi

import (
	"net/http"
	"strconv"

	"attio-studio/backend/workspace"
)

type sortBody struct {
	Direction string `json:"direction"`
	Attribute string `json:"attribute"`
	Field     string `json:"field"`
	Path      []any  `json:"path"`
}

type queryBody struct {
	Filter map[string]any `json:"filter"`
	Sorts  []sortBody     `json:"sorts"`
	Limit  *int           `json:"limit"`
	Offset *int           `json:"offset"`
}

func (h *handler) queryRecords(w http.ResponseWriter, r *http.Request, p params) {
	q, apiErr := decodeQuery(r)
	if apiErr != nil {
		writeError(w, apiErr)
		return
	}
	records, err := h.ws.ListRecords(p["object"], q)
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	writeData(w, records)
}

// decodeQuery reads the body of a records or entries query: filter, sorts, limit, offset.
func decodeQuery(r *http.Request) (workspace.Query, *apiError) {
	var body queryBody
	if err := decodeBody(r, &body, true); err != nil {
		return workspace.Query{}, err
	}
	q := workspace.Query{Filter: body.Filter}
	if body.Limit != nil {
		if *body.Limit < 1 {
			return q, badRequest("validation_type", "limit must be at least 1.")
		}
		q.Limit = *body.Limit
	}
	if body.Offset != nil {
		if *body.Offset < 0 {
			return q, badRequest("validation_type", "offset must not be negative.")
		}
		q.Offset = *body.Offset
	}
	for i, s := range body.Sorts {
		sort := workspace.Sort{Attribute: s.Attribute, Field: s.Field, Direction: s.Direction}
		if s.Path != nil {
			steps, ok := sortPath(s.Path)
			if !ok {
				return q, badRequest("validation_type", "sorts[%d].path must be a list of "+
					"[object, attribute] pairs, such as [[\"people\", \"company\"], "+
					"[\"companies\", \"name\"]].", i)
			}
			sort.Path = steps
		} else if s.Attribute == "" {
			return q, badRequest("validation_type", "sorts[%d] needs an attribute or a path.",
				i)
		}
		q.Sorts = append(q.Sorts, sort)
	}
	return q, nil
}

func sortPath(raw []any) ([]workspace.PathStep, bool) {
	var out []workspace.PathStep
	for _, item := range raw {
		pair, _ := item.([]any)
		if len(pair) != 2 {
			return nil, false
		}
		object, ok1 := pair[0].(string)
		attribute, ok2 := pair[1].(string)
		if !ok1 || !ok2 {
			return nil, false
		}
		out = append(out, workspace.PathStep{Object: object, Attribute: attribute})
	}
	return out, len(out) > 0
}

func (h *handler) getRecord(w http.ResponseWriter, _ *http.Request, p params) {
	rec, err := h.ws.GetRecord(p["object"], p["record"])
	h.answerRecord(w, rec, err)
}

func (h *handler) createRecord(w http.ResponseWriter, r *http.Request, p params) {
	values, apiErr := decodeValues(r)
	if apiErr != nil {
		writeError(w, apiErr)
		return
	}
	rec, err := h.ws.CreateRecord(p["object"], values, h.actor)
	h.answerRecord(w, rec, err)
}

func (h *handler) assertRecord(w http.ResponseWriter, r *http.Request, p params) {
	matching := r.URL.Query().Get("matching_attribute")
	if matching == "" {
		writeError(w, badRequest("validation_type", "The matching_attribute query parameter "+
			"is required: name the unique attribute to match records by, e.g. "+
			"?matching_attribute=email_addresses."))
		return
	}
	values, apiErr := decodeValues(r)
	if apiErr != nil {
		writeError(w, apiErr)
		return
	}
	rec, _, err := h.ws.AssertRecord(p["object"], matching, values, h.actor)
	h.answerRecord(w, rec, err)
}

func (h *handler) patchRecord(w http.ResponseWriter, r *http.Request, p params) {
	h.updateRecord(w, r, p, workspace.Append)
}

func (h *handler) putRecord(w http.ResponseWriter, r *http.Request, p params) {
	h.updateRecord(w, r, p, workspace.Overwrite)
}

func (h *handler) updateRecord(w http.ResponseWriter, r *http.Request, p params,
	mode workspace.UpdateMode) {
	values, apiErr := decodeValues(r)
	if apiErr != nil {
		writeError(w, apiErr)
		return
	}
	rec, err := h.ws.UpdateRecord(p["object"], p["record"], values, mode, h.actor)
	h.answerRecord(w, rec, err)
}

func (h *handler) deleteRecord(w http.ResponseWriter, _ *http.Request, p params) {
	if err := h.ws.DeleteRecord(p["object"], p["record"]); err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{})
}

func (h *handler) attributeValues(w http.ResponseWriter, r *http.Request, p params) {
	q := r.URL.Query()
	historic, apiErr := boolParam(q.Get("show_historic"), "show_historic")
	if apiErr != nil {
		writeError(w, apiErr)
		return
	}
	limit, apiErr := intParam(q.Get("limit"), "limit")
	if apiErr != nil {
		writeError(w, apiErr)
		return
	}
	offset, apiErr := intParam(q.Get("offset"), "offset")
	if apiErr != nil {
		writeError(w, apiErr)
		return
	}
	values, err := h.ws.AttributeValues(p["object"], p["record"], p["attribute"], historic)
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	values = values[min(offset, len(values)):]
	if limit > 0 {
		values = values[:min(limit, len(values))]
	}
	writeData(w, values)
}

// recordEntries answers the record's list entries.
func (h *handler) recordEntries(w http.ResponseWriter, _ *http.Request, p params) {
	entries, err := h.ws.RecordEntries(p["object"], p["record"])
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	if entries == nil {
		entries = []workspace.RecordEntry{}
	}
	writeData(w, entries)
}

func (h *handler) answerRecord(w http.ResponseWriter, rec workspace.Record, err error) {
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	writeData(w, rec)
}

func boolParam(s, name string) (bool, *apiError) {
	switch s {
	case "", "false":
		return false, nil
	case "true":
		return true, nil
	}
	return false, badRequest("validation_type", "%s must be true or false, not %q.", name, s)
}

// intParam reads a non-negative query parameter; absent is 0.
func intParam(s, name string) (int, *apiError) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, badRequest("validation_type", "%s must be a whole number of at least 0, "+
			"not %q.", name, s)
	}
	return n, nil
}
