package attioapi

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"attio-studio/backend/workspace"
)

// apiError is Attio's error body.
type apiError struct {
	Status  int    `json:"status_code"`
	Type    string `json:"type"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

func authError(code, message string) *apiError {
	return &apiError{http.StatusUnauthorized, "auth_error", code, message}
}

func badRequest(code, format string, args ...any) *apiError {
	return &apiError{http.StatusBadRequest, "invalid_request_error", code,
		fmt.Sprintf(format, args...)}
}

func notFoundError(message string) *apiError {
	return &apiError{http.StatusNotFound, "invalid_request_error", "not_found", message}
}

func internalError() *apiError {
	return &apiError{http.StatusInternalServerError, "internal_server_error",
		"internal_server_error", "The studio could not complete the request; its log says why."}
}

// fromWorkspace turns a workspace error into the error Attio answers with.
func (h *handler) fromWorkspace(err error) *apiError {
	var nf *workspace.NotFoundError
	var ve *workspace.ValidationError
	var ce *workspace.ConflictError
	switch {
	case errors.As(err, &nf):
		return notFoundError(fmt.Sprintf("%s with slug or ID %q was not found.",
			capitalize(nf.Kind), nf.Key))
	case errors.As(err, &ve):
		return badRequest("validation_type", "%s", sentence(ve.Error()))
	case errors.As(err, &ce):
		return badRequest("uniqueness_conflict", "%s", sentence(ce.Error()))
	}
	h.logger.Error("attio api request failed", "err", err)
	return internalError()
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func sentence(s string) string {
	if strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}

func writeError(w http.ResponseWriter, e *apiError) {
	writeJSON(w, e.Status, e)
}

func writeJSON(w http.ResponseWriter, status int, body any) {
	raw, err := json.Marshal(body)
	if err != nil {
		status = http.StatusInternalServerError
		raw, _ = json.Marshal(internalError())
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(raw)
}

// writeData answers {"data": data}, the envelope of every Attio response but /v2/self.
func writeData(w http.ResponseWriter, data any) {
	writeJSON(w, http.StatusOK, map[string]any{"data": data})
}
