package attiosdk

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// APIBase is the Attio REST API root attioFetch paths are relative to.
const APIBase = "https://api.attio.com/v2"

// AttioRequest is one attioFetch call. Query keeps the app's parameter order; Body is the JSON
// body, nil for none.
type AttioRequest struct {
	Method string
	Path   string
	Query  [][2]string
	Body   json.RawMessage
}

// AttioFetcher performs attioFetch calls: Gen 1 semantics, a request to APIBase+path with the
// app's token, answered in the studio by the mock Attio API through Fetch.
type AttioFetcher struct {
	Fetch func(ctx context.Context, req *http.Request) (*http.Response, error)
	Token string
}

// APIError is a non-2xx answer, carrying the fields of Attio's error body.
type APIError struct {
	Method, Path string
	Status       int
	Type, Code   string
	Message      string
}

// Error reads like "attioFetch PATCH /objects/people/records/x failed: 400 validation_type: ...".
func (e *APIError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "attioFetch %s %s failed: %d", e.Method, e.Path, e.Status)
	if e.Code != "" {
		b.WriteString(" " + e.Code)
	}
	if e.Message != "" {
		b.WriteString(": " + e.Message)
	}
	return b.String()
}

// TransportError means no answer came back (or it was not JSON).
type TransportError struct {
	Method, Path string
	Err          error
}

// Error names the call and the cause.
func (e *TransportError) Error() string {
	return fmt.Sprintf("attioFetch %s %s failed: %v", e.Method, e.Path, e.Err)
}

// Unwrap returns the cause.
func (e *TransportError) Unwrap() error { return e.Err }

var attioMethods = map[string]bool{
	"GET": true, "POST": true, "PUT": true, "PATCH": true, "DELETE": true,
}

// Do sends r and returns the parsed JSON body of a 2xx answer ("null" for an empty one).
// Errors are *APIError, *TransportError, or a usage error for a bad method or path.
func (f AttioFetcher) Do(ctx context.Context, r AttioRequest) (json.RawMessage, error) {
	method := strings.ToUpper(r.Method)
	if !attioMethods[method] {
		return nil, fmt.Errorf("attioFetch method %q is not one of GET, POST, PUT, PATCH, DELETE",
			r.Method)
	}
	if !strings.HasPrefix(r.Path, "/") {
		return nil, fmt.Errorf("attioFetch path %q must start with / "+
			"(for example /objects/people/records/query)", r.Path)
	}
	if f.Fetch == nil {
		return nil, &TransportError{Method: method, Path: r.Path,
			Err: errors.New("this runtime has no outbound client")}
	}
	req, err := f.request(ctx, method, r)
	if err != nil {
		return nil, err
	}
	resp, err := f.Fetch(ctx, req)
	if err != nil {
		return nil, &TransportError{Method: method, Path: r.Path, Err: err}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, &TransportError{Method: method, Path: r.Path, Err: err}
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, apiError(method, r.Path, resp.StatusCode, body)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return json.RawMessage("null"), nil
	}
	if !json.Valid(body) {
		return nil, &TransportError{Method: method, Path: r.Path,
			Err: fmt.Errorf("the answer (status %d) is not JSON", resp.StatusCode)}
	}
	return body, nil
}

func (f AttioFetcher) request(ctx context.Context, method string,
	r AttioRequest) (*http.Request, error) {
	target := APIBase + r.Path
	if len(r.Query) > 0 {
		q := make([]string, len(r.Query))
		for i, kv := range r.Query {
			q[i] = url.QueryEscape(kv[0]) + "=" + url.QueryEscape(kv[1])
		}
		sep := "?"
		if strings.Contains(target, "?") {
			sep = "&"
		}
		target += sep + strings.Join(q, "&")
	}
	var body io.Reader
	if r.Body != nil {
		body = bytes.NewReader(r.Body)
	}
	req, err := http.NewRequestWithContext(ctx, method, target, body)
	if err != nil {
		return nil, fmt.Errorf("attioFetch %s %s: %w", method, r.Path, err)
	}
	req.Header.Set("Authorization", "Bearer "+f.Token)
	req.Header.Set("Accept", "application/json")
	if r.Body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	return req, nil
}

func apiError(method, path string, status int, body []byte) *APIError {
	e := &APIError{Method: method, Path: path, Status: status}
	var fields struct {
		StatusCode int    `json:"status_code"`
		Type       string `json:"type"`
		Code       string `json:"code"`
		Message    string `json:"message"`
	}
	if json.Unmarshal(body, &fields) == nil {
		e.Type, e.Code, e.Message = fields.Type, fields.Code, fields.Message
		if fields.StatusCode != 0 {
			e.Status = fields.StatusCode
		}
	}
	if e.Message == "" {
		e.Message = strings.TrimSpace(string(body))
		if len(e.Message) > 200 {
			e.Message = e.Message[:200] + "…"
		}
	}
	if e.Message == "" {
		e.Message = http.StatusText(status)
	}
	return e
}
