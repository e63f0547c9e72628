package attioapi

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"attio-studio/backend/store"
	"attio-studio/backend/workspace"
)

const testToken = "studio-test-token"

var (
	ada   = workspace.SeedRecordID("people", "ada-lovelace")
	grace = workspace.SeedRecordID("people", "grace-hopper")
	alan  = workspace.SeedRecordID("people", "alan-turing")
)

func newAPI(t testing.TB) (http.Handler, *workspace.Workspace) {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "studio.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ws, err := workspace.Open(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	return New(ws, testToken, nil), ws
}

// call makes one request with the test token and decodes the JSON answer.
func call(t *testing.T, h http.Handler, method, path, body string) (int, any) {
	t.Helper()
	return callAs(t, h, method, path, body, "Bearer "+testToken)
}

func callAs(t *testing.T, h http.Handler, method, path, body, auth string) (int, any) {
	t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s %s: Content-Type %q", method, path, ct)
	}
	var out any
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatalf("%s %s: answer is not JSON: %q", method, path, rec.Body.String())
	}
	return rec.Code, out
}

// at walks decoded JSON by object keys and array indexes.
func at(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[k]
		case int:
			l, _ := v.([]any)
			if k >= len(l) {
				return nil
			}
			v = l[k]
		}
	}
	return v
}

func TestAuthentication(t *testing.T) {
	h, _ := newAPI(t)
	basic := base64.StdEncoding.EncodeToString([]byte(testToken + ":"))
	tests := []struct {
		name, auth string
		status     int
		code       string
	}{
		{"bearer", "Bearer " + testToken, 200, ""},
		{"basic with the token as user", "Basic " + basic, 200, ""},
		{"no header", "", 401, "missing_authorization"},
		{"wrong token", "Bearer nope", 401, "invalid_token"},
		{"other scheme", "Token " + testToken, 401, "invalid_authorization"},
		{"bad base64", "Basic %%%", 401, "invalid_authorization"},
	}
	for _, tt := range tests {
		status, body := callAs(t, h, "GET", "/v2/objects", "", tt.auth)
		if status != tt.status {
			t.Errorf("%s: status %d, want %d", tt.name, status, tt.status)
		}
		if tt.code != "" && (at(body, "code") != tt.code || at(body, "type") != "auth_error" ||
			at(body, "status_code") != 401.0 || at(body, "message") == "") {
			t.Errorf("%s: body %v", tt.name, body)
		}
	}
}

// The example app (Acme Lead Checker) marks a person Pending with attioFetch, then its webhook
// marks them Complete; the record page reads the value back.
func TestExampleAppSetsALCStatus(t *testing.T) {
	h, ws := newAPI(t)
	_, err := ws.EnsureAttribute("people", workspace.AttributeSpec{Slug: "alc_status",
		Title: "ALC status", Type: workspace.TypeSelect, Options: []string{"Pending", "Complete"}})
	if err != nil {
		t.Fatal(err)
	}
	path := "/v2/objects/people/records/" + ada
	for _, status := range []string{"Pending", "Complete"} {
		code, body := call(t, h, "PATCH", path,
			`{"data":{"values":{"alc_status":"`+status+`"}}}`)
		if code != 200 || at(body, "data", "values", "alc_status", 0, "option", "title") != status {
			t.Fatalf("PATCH %s: %d %v", status, code, at(body, "data", "values", "alc_status"))
		}
	}
	_, body := call(t, h, "GET", path, "")
	value := at(body, "data", "values", "alc_status", 0)
	if at(value, "option", "title") != "Complete" || at(value, "attribute_type") != "select" ||
		at(value, "active_until") != nil || at(value, "created_by_actor", "type") != "api-token" {
		t.Errorf("read back %v", value)
	}
	_, body = call(t, h, "GET", path+"/attributes/alc_status/values?show_historic=true", "")
	history, _ := at(body, "data").([]any)
	if len(history) != 2 || at(history, 0, "active_until") == nil {
		t.Errorf("history = %v", history)
	}
}

func TestDeletedRecordIsGone(t *testing.T) {
	h, _ := newAPI(t)
	path := "/v2/objects/people/records/" + alan
	if status, body := call(t, h, "DELETE", path, ""); status != 200 {
		t.Fatalf("DELETE: %d %v", status, body)
	}
	if status, _ := call(t, h, "GET", path, ""); status != 404 {
		t.Errorf("GET after DELETE: %d, want 404", status)
	}
	if status, _ := call(t, h, "DELETE", path, ""); status != 404 {
		t.Errorf("second DELETE: %d, want 404", status)
	}
}

func TestObjectsByID(t *testing.T) {
	h, ws := newAPI(t)
	people, err := ws.Object("people")
	if err != nil {
		t.Fatal(err)
	}
	_, body := call(t, h, "GET", "/v2/objects/"+people.ID, "")
	if at(body, "data", "api_slug") != "people" {
		t.Errorf("object by id: %v", body)
	}
	_, body = call(t, h, "GET", "/v2/objects/"+people.ID+"/records/"+ada, "")
	if at(body, "data", "id", "object_id") != people.ID {
		t.Errorf("record through object id: %v", at(body, "data", "id"))
	}
}
