package attioapi

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// fuzzRoutes are the endpoints whose bodies FuzzRequestBody varies: every write and query.
var fuzzRoutes = []struct{ method, path string }{
	{"POST", "/v2/objects/people/records/query"},
	{"POST", "/v2/objects/people/records"},
	{"PUT", "/v2/objects/people/records?matching_attribute=email_addresses"},
	{"PATCH", "/v2/objects/people/records/" + ada},
	{"PUT", "/v2/objects/deals/records/" + pilot},
	{"POST", "/v2/lists/sales_pipeline/entries/query"},
	{"POST", "/v2/lists/sales_pipeline/entries"},
	{"PUT", "/v2/lists/sales_pipeline/entries"},
	{"POST", "/v2/notes"},
	{"POST", "/v2/tasks"},
	{"PATCH", "/v2/tasks/" + "x"},
}

// FuzzRequestBody sends any body to every write and query endpoint: each answer must be an
// Attio error body or data, never a 5xx, never a panic (the handler turns panics into 500s).
func FuzzRequestBody(f *testing.F) {
	seeds := []string{
		`{"data":{"values":{"name":"Liskov, Barbara","phone_numbers":["+16175550100"]}}}`,
		`{"data":{"values":{"email_addresses":[{"email_address":"x@y.example"}],` +
			`"company":{"target_object":"companies","domains":"lumenlabs.example"}}}}`,
		`{"data":{"values":{"stage":"Won 🎉","owner":"sam@acme.example","value":{"currency_value":1}}}}`,
		`{"filter":{"$or":[{"name":"Ada"},{"$not":{"phone_numbers":{"$not_empty":true}}}]},` +
			`"sorts":[{"attribute":"name","field":"last_name","direction":"desc"}],"limit":3}`,
		`{"data":{"parent_record_id":"` + renewal + `","parent_object":"deals",` +
			`"entry_values":{"priority":"High","confidence":4}}}`,
		`{"data":{"parent_object":"people","parent_record_id":"` + ada + `","title":"T",` +
			`"format":"markdown","content":"**x**"}}`,
		`{"data":{"content":"x","format":"plaintext","deadline_at":null,"is_completed":false,` +
			`"linked_records":[{"target_object":"people","target_record_id":"` + ada + `"}],` +
			`"assignees":["sam@acme.example"]}}`,
		`{"data":{"is_completed":true,"deadline_at":"2025-01-01"}}`,
		``, `null`, `[]`, `{"data":null}`, `{"data":{"values":null}}`, `{"limit":1e999}`,
		`{"limit":9223372036854775807,"offset":9223372036854775807,` +
			`"sorts":[{"attribute":"name"}]}`,
	}
	for i, s := range seeds {
		f.Add(uint8(i), s)
	}
	h, _ := newAPI(f)
	f.Fuzz(func(t *testing.T, route uint8, body string) {
		rt := fuzzRoutes[int(route)%len(fuzzRoutes)]
		checkAnswer(t, h, rt.method, rt.path, body)
	})
}

// FuzzQueryFilter puts any JSON value in a records query's filter and sorts.
func FuzzQueryFilter(f *testing.F) {
	seeds := []struct{ filter, sorts string }{
		{`{"name":"Ada Lovelace"}`, `[]`},
		{`{"email_addresses":{"email_domain":{"$in":["lumenlabs.example",1,null]}}}`, `null`},
		{`{"$and":[{"primary_location":{"locality":{"$starts_with":"bo"}}},` +
			`{"value":{"$gte":"x"}}]}`, `[{"attribute":"created_at","direction":"asc"}]`},
		{`{"path":[["people","company"],["companies","name"]],"constraints":{"$contains":"l"}}`,
			`[{"path":[["people","company"],["companies","domains"]],"field":"root_domain"}]`},
		{`{"company":{"target_record_id":{"$eq":{"x":1}}}}`, `[{"attribute":7}]`},
		{`{"$not":{"$not":{"$or":[]}}}`, `[{"direction":"sideways","attribute":"name"}]`},
		{`{"phone_numbers":{"$not_empty":"yes"}}`, `"name"`},
	}
	for _, s := range seeds {
		f.Add(s.filter, s.sorts)
	}
	h, _ := newAPI(f)
	f.Fuzz(func(t *testing.T, filter, sorts string) {
		body, _ := json.Marshal(map[string]json.RawMessage{
			"filter": rawOrString(filter), "sorts": rawOrString(sorts)})
		checkAnswer(t, h, "POST", "/v2/objects/people/records/query", string(body))
		checkAnswer(t, h, "POST", "/v2/lists/sales_pipeline/entries/query", string(body))
	})
}

// rawOrString is s as JSON, or s quoted when it is not JSON, so the body always parses and
// the handler's own checks are what the fuzzer reaches.
func rawOrString(s string) json.RawMessage {
	if json.Valid([]byte(s)) {
		return json.RawMessage(s)
	}
	quoted, _ := json.Marshal(s)
	return quoted
}

// checkAnswer makes one request and fails on a 5xx or an answer that is not Attio's JSON.
func checkAnswer(t *testing.T, h http.Handler, method, path, body string) {
	t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+testToken)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code >= 500 {
		t.Fatalf("%s %s with %q: status %d: %s", method, path, body, rec.Code, rec.Body)
	}
	var answer map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &answer); err != nil {
		t.Fatalf("%s %s with %q: the answer is not JSON: %q", method, path, body, rec.Body)
	}
	if rec.Code >= 400 && (answer["status_code"] != float64(rec.Code) ||
		answer["message"] == "" || answer["code"] == nil) {
		t.Fatalf("%s %s with %q: error body %v", method, path, body, answer)
	}
}
