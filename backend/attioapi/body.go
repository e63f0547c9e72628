package attioapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
)

// maxBody bounds a request body; Attio's own limit is of the same order.
const maxBody = 10 << 20

// decodeBody reads the JSON body into v. An empty body decodes as {} when allowEmpty.
func decodeBody(r *http.Request, v any, allowEmpty bool) *apiError {
	raw, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
	if err != nil {
		return badRequest("validation_type", "The request body could not be read: %v.", err)
	}
	if len(raw) > maxBody {
		return badRequest("validation_type", "The request body is larger than 10 MB.")
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		if allowEmpty {
			return nil
		}
		return badRequest("validation_type", "The request has no body; send "+
			"{\"data\": {\"values\": {...}}}.")
	}
	if err := json.Unmarshal(raw, v); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) && typeErr.Field != "" {
			return badRequest("validation_type", "Body field %q must be %s, not %s.",
				typeErr.Field, jsonKind(typeErr.Type.Kind().String()), typeErr.Value)
		}
		return badRequest("validation_type", "The request body is not valid JSON: %s.",
			strings.TrimPrefix(err.Error(), "json: "))
	}
	return nil
}

func jsonKind(goKind string) string {
	switch goKind {
	case "int", "int64", "float64":
		return "a number"
	case "string":
		return "a string"
	case "slice":
		return "an array"
	case "bool":
		return "a boolean"
	}
	return "an object"
}

// valuesBody is the body of record writes: {"data": {"values": {...}}}.
type valuesBody struct {
	Data *struct {
		Values map[string]any `json:"values"`
	} `json:"data"`
}

func decodeValues(r *http.Request) (map[string]any, *apiError) {
	var body valuesBody
	if err := decodeBody(r, &body, false); err != nil {
		return nil, err
	}
	if body.Data == nil || body.Data.Values == nil {
		return nil, badRequest("validation_type", "The body must be "+
			"{\"data\": {\"values\": {...}}}, and data.values is missing.")
	}
	return body.Data.Values, nil
}
