package attioapi

import (
	"fmt"
	"testing"
)

// endpointTest is one request to a fresh default workspace and what its answer must hold.
type endpointTest struct {
	name         string
	method, path string
	body         string
	status       int
	// want maps paths into the answer (dot-separated, numbers index arrays) to values.
	want map[string]any
}

func TestEndpoints(t *testing.T) {
	checkEndpoints(t, []endpointTest{
		{"self", "GET", "/v2/self", "", 200,
			map[string]any{"active": true, "workspace_slug": "acme", "workspace_name": "Acme"}},
		{"objects", "GET", "/v2/objects", "", 200, map[string]any{
			"data.0.api_slug": "people", "data.1.api_slug": "companies",
			"data.2.api_slug": "deals", "data.0.singular_noun": "Person"}},
		{"object by slug", "GET", "/v2/objects/people", "", 200,
			map[string]any{"data.api_slug": "people"}},
		{"unknown object", "GET", "/v2/objects/invoices", "", 404, map[string]any{
			"type": "invalid_request_error", "code": "not_found",
			"message": `Object with slug or ID "invoices" was not found.`}},
		{"attributes", "GET", "/v2/objects/people/attributes", "", 200, map[string]any{
			"data.0.api_slug": "name", "data.0.type": "personal-name",
			"data.1.api_slug": "email_addresses", "data.1.is_unique": true,
			"data.1.is_multiselect": true}},
		{"options", "GET", "/v2/objects/deals/attributes/stage/statuses", "", 200,
			map[string]any{"data.0.title": "Lead", "data.2.celebration_enabled": true}},
		{"query by name", "POST", "/v2/objects/people/records/query",
			`{"filter":{"name":"Grace Hopper"}}`, 200, map[string]any{
				"data.0.id.record_id": grace, "data.0.values.phone_numbers": []any{},
				"data.1": nil}},
		{"query with empty body", "POST", "/v2/objects/people/records/query", "", 200,
			map[string]any{"data.39.id.record_id": present, "data.40": nil}},
		{"query sorted and limited", "POST", "/v2/objects/people/records/query",
			`{"sorts":[{"attribute":"name","field":"last_name","direction":"desc"}],"limit":1}`,
			200, map[string]any{"data.0.values.name.0.last_name": "Zuse", "data.1": nil}},
		{"query with bad filter", "POST", "/v2/objects/people/records/query",
			`{"filter":{"shoe_size":9}}`, 400, map[string]any{"code": "validation_type",
				"message": "shoe_size: people have no attribute with this slug or id to " +
					"filter by."}},
		{"query by path", "POST", "/v2/objects/people/records/query",
			`{"filter":{"path":[["people","company"],["companies","domains"]],` +
				`"constraints":{"domain":"maisonverte.example"}},` +
				`"sorts":[{"path":[["people","company"],["companies","name"]],"direction":"asc"},` +
				`{"attribute":"name","field":"first_name","direction":"desc"}]}`, 200,
			map[string]any{"data.0.values.name.0.first_name": "Sophie",
				"data.2.values.name.0.first_name": "Hedy", "data.3": nil}},
		{"sort with a bad path", "POST", "/v2/objects/people/records/query",
			`{"sorts":[{"path":"company"}]}`, 400, map[string]any{"code": "validation_type"}},
		{"sort with a path that goes nowhere", "POST", "/v2/objects/people/records/query",
			`{"sorts":[{"path":[["people","job_title"],["companies","name"]]}]}`, 400,
			map[string]any{"message": "path: step 1: job_title is a text attribute, not a " +
				"record reference, so the path cannot go on from it."}},
		{"query with negative limit", "POST", "/v2/objects/people/records/query",
			`{"limit":-1}`, 400, map[string]any{"message": "limit must be at least 1."}},
		{"query with string limit", "POST", "/v2/objects/people/records/query",
			`{"limit":"ten"}`, 400,
			map[string]any{"message": `Body field "limit" must be a number, not string.`}},
		{"get record", "GET", "/v2/objects/people/records/" + ada, "", 200, map[string]any{
			"data.values.name.0.full_name":                      "Ada Lovelace",
			"data.values.phone_numbers.0.original_phone_number": "+14155550101",
			"data.values.phone_numbers.0.country_code":          "US",
			"data.web_url": "https://app.attio.com/acme/person/" + ada}},
		{"missing record", "GET", "/v2/objects/people/records/nope", "", 404, map[string]any{
			"message": `Person record with slug or ID "nope" was not found.`}},
		{"create with bad phone", "POST", "/v2/objects/people/records",
			`{"data":{"values":{"phone_numbers":["12345"]}}}`, 400, map[string]any{
				"code": "validation_type", "message": `phone_numbers: "12345" is not a valid ` +
					`phone number: it must start with + and a country code.`}},
		{"create with taken email", "POST", "/v2/objects/people/records",
			`{"data":{"values":{"email_addresses":["ada@lumenlabs.example"]}}}`, 400,
			map[string]any{"code": "uniqueness_conflict"}},
		{"create", "POST", "/v2/objects/people/records",
			`{"data":{"values":{"name":"Liskov, Barbara","phone_numbers":["+16175550100"]}}}`,
			200, map[string]any{"data.values.name.0.full_name": "Barbara Liskov",
				"data.values.phone_numbers.0.normalized_phone_number": "+16175550100"}},
		{"assert without matching attribute", "PUT", "/v2/objects/people/records",
			`{"data":{"values":{}}}`, 400, map[string]any{"code": "validation_type"}},
		{"assert existing", "PUT", "/v2/objects/people/records?matching_attribute=email_addresses",
			`{"data":{"values":{"email_addresses":["ada@lumenlabs.example"],` +
				`"job_title":"Countess"}}}`,
			200, map[string]any{"data.id.record_id": ada,
				"data.values.job_title.0.value": "Countess"}},
		{"patch appends", "PATCH", "/v2/objects/people/records/" + ada,
			`{"data":{"values":{"phone_numbers":["+447700900999"]}}}`, 200, map[string]any{
				"data.values.phone_numbers.2.normalized_phone_number": "+447700900999"}},
		{"put overwrites", "PUT", "/v2/objects/people/records/" + ada,
			`{"data":{"values":{"phone_numbers":["+447700900999"]}}}`, 200, map[string]any{
				"data.values.phone_numbers.0.normalized_phone_number": "+447700900999",
				"data.values.phone_numbers.1":                         nil}},
		{"delete", "DELETE", "/v2/objects/people/records/" + alan, "", 200, map[string]any{}},
		{"malformed JSON", "PATCH", "/v2/objects/people/records/" + ada, `{"data": {`, 400,
			map[string]any{"code": "validation_type",
				"message": "The request body is not valid JSON: unexpected end of JSON input."}},
		{"values not an object", "PATCH", "/v2/objects/people/records/" + ada,
			`{"data":{"values":[]}}`, 400, map[string]any{"code": "validation_type"}},
		{"no data", "PATCH", "/v2/objects/people/records/" + ada, `{"values":{}}`, 400,
			map[string]any{"code": "validation_type"}},
		{"empty body", "POST", "/v2/objects/people/records", "", 400,
			map[string]any{"code": "validation_type"}},
		{"values", "GET", "/v2/objects/people/records/" + ada +
			"/attributes/job_title/values", "", 200, map[string]any{"data.0.value": "CTO"}},
		{"bad show_historic", "GET", "/v2/objects/people/records/" + ada +
			"/attributes/job_title/values?show_historic=maybe", "", 400,
			map[string]any{"message": `show_historic must be true or false, not "maybe".`}},
		{"unknown attribute values", "GET", "/v2/objects/people/records/" + ada +
			"/attributes/shoe_size/values", "", 404, map[string]any{"code": "not_found"}},
		{"no entries", "GET", "/v2/objects/people/records/" + ada + "/entries", "", 200,
			map[string]any{"data": []any{}}},
		{"members", "GET", "/v2/workspace_members", "", 200, map[string]any{
			"data.0.email_address": "sam@acme.example", "data.0.access_level": "admin",
			"data.3": nil}},
		{"unserved path", "GET", "/v2/comments/c1", "", 404, map[string]any{
			"message": "The studio does not serve GET /v2/comments/c1 of Attio's API."}},
		{"no webhooks", "GET", "/v2/webhooks", "", 200, map[string]any{"data": []any{}}},
		{"create a webhook", "POST", "/v2/webhooks", `{"data": {"target_url": ` +
			`"https://hooks.example/attio", "subscriptions": [{"event_type": "record.created", ` +
			`"filter": {"$and": [{"field": "id.object_id", "operator": "equals", "value": "x"}]}}]}}`,
			200, map[string]any{"data.target_url": "https://hooks.example/attio",
				"data.status": "active", "data.id.webhook_id": present, "data.secret": present,
				"data.subscriptions.0.event_type":             "record.created",
				"data.subscriptions.0.filter.$and.0.operator": "equals"}},
		{"a webhook for an unknown event", "POST", "/v2/webhooks", `{"data": {"target_url": ` +
			`"https://hooks.example/a", "subscriptions": [{"event_type": "record.exploded"}]}}`,
			400, map[string]any{"code": "validation_type", "message": "subscriptions[0]." +
				`event_type: "record.exploded" is not an event type Attio sends.`}},
		{"a webhook with a bad filter", "POST", "/v2/webhooks", `{"data": {"target_url": ` +
			`"https://hooks.example/a", "subscriptions": [{"event_type": "record.created", ` +
			`"filter": {"$xor": []}}]}}`, 400, map[string]any{"code": "validation_type"}},
		{"a webhook without a target", "POST", "/v2/webhooks",
			`{"data": {"subscriptions": []}}`, 400, map[string]any{
				"message": "target_url: is required."}},
		{"an unknown webhook", "GET", "/v2/webhooks/nope", "", 404,
			map[string]any{"code": "not_found"}},
		{"wrong method", "DELETE", "/v2/objects", "", 405,
			map[string]any{"code": "method_not_allowed"}},
	})
}

func checkEndpoints(t *testing.T, tests []endpointTest) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, _ := newAPI(t)
			status, body := call(t, h, tt.method, tt.path, tt.body)
			if status != tt.status {
				t.Errorf("status %d, want %d; body %v", status, tt.status, body)
			}
			if tt.status >= 400 && at(body, "status_code") != float64(tt.status) {
				t.Errorf("error body has status_code %v", at(body, "status_code"))
			}
			for path, want := range tt.want {
				got := at(body, splitPath(path)...)
				if want == present {
					if got == nil {
						t.Errorf("%s is missing", path)
					}
					continue
				}
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("%s = %v, want %v", path, got, want)
				}
			}
		})
	}
}

// present in a test's want says only that the path must be there.
const present = "<present>"

func splitPath(p string) []any {
	var out []any
	start := 0
	for i := 0; i <= len(p); i++ {
		if i == len(p) || p[i] == '.' {
			seg := p[start:i]
			var n int
			if _, err := fmt.Sscanf(seg, "%d", &n); err == nil && fmt.Sprint(n) == seg {
				out = append(out, n)
			} else if seg != "" {
				out = append(out, seg)
			}
			start = i + 1
		}
	}
	return out
}
