package graphql

import (
	"context"
	"encoding/json"
	"path/filepath"
	"sync"
	"testing"

	"attio-studio/backend/store"
	"attio-studio/backend/workspace"
)

var (
	ada   = workspace.SeedRecordID("people", "ada-lovelace")
	grace = workspace.SeedRecordID("people", "grace-hopper")
	lumen = workspace.SeedRecordID("companies", "lumen-labs")
	pilot = workspace.SeedRecordID("deals", "tidewater-pilot")
)

func newSchema(t testing.TB) (*Schema, *workspace.Workspace) {
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
	return New(ws), ws
}

// run executes a query and returns the response as JSON text.
func run(t *testing.T, s *Schema, query string, vars map[string]any) string {
	t.Helper()
	raw, err := json.Marshal(s.Execute(context.Background(), Request{Query: query,
		Variables: vars}))
	if err != nil {
		t.Fatal(err)
	}
	return string(raw)
}

// The query of the example app (Acme Lead Checker's get-person.graphql).
const getPerson = `query getPerson($recordId: String!) {
  person(id: $recordId) {
    name {
      full_name
    }
    phone_numbers
  }
}`

func TestExampleAppQuery(t *testing.T) {
	s, _ := newSchema(t)
	tests := []struct {
		name, id, want string
	}{
		{"person with phones", ada, `{"data":{"person":{"name":{"full_name":"Ada Lovelace"},` +
			`"phone_numbers":["+14155550101","+14155550199"]}}}`},
		{"person without phones", grace, `{"data":{"person":{"name":{"full_name":` +
			`"Grace Hopper"},"phone_numbers":[]}}}`},
		{"no such person", "nope", `{"data":{"person":null}}`},
	}
	for _, tt := range tests {
		if got := run(t, s, getPerson, map[string]any{"recordId": tt.id}); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

func TestQueries(t *testing.T) {
	s, ws := newSchema(t)
	if _, err := ws.EnsureAttribute("people", workspace.AttributeSpec{Slug: "alc_status",
		Type: workspace.TypeSelect, Options: []string{"Pending", "Complete"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.UpdateRecord("people", ada, map[string]any{"alc_status": "Pending"},
		workspace.Append, workspace.System); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, query string
		vars        map[string]any
		want        string
	}{
		{"record with inline fragments",
			`{ record(id: "` + ada + `", object: "people") { __typename id
			   ... on Person { name { first_name } } ... on Company { domains } } }`, nil,
			`{"data":{"record":{"__typename":"Person","id":"` + ada + `",` +
				`"name":{"first_name":"Ada"}}}}`},
		{"aliases and a named fragment",
			`query { a: person(id: "` + ada + `") { ...who } g: person(id: "` + grace +
				`") { ...who } } fragment who on Person { n: name { full_name } job_title }`, nil,
			`{"data":{"a":{"n":{"full_name":"Ada Lovelace"},"job_title":"CTO"},` +
				`"g":{"n":{"full_name":"Grace Hopper"},"job_title":"Head of Engineering"}}}`},
		{"company and its team",
			`query($id: String!) { company(id: $id) { name domains categories { title }
			   team { name { last_name } } primary_location { locality country } } }`,
			map[string]any{"id": lumen},
			`{"data":{"company":{"name":"Lumen Labs","domains":["lumenlabs.example"],` +
				`"categories":[{"title":"B2B"},{"title":"SaaS"},{"title":"Software"}],` +
				`"team":[{"name":{"last_name":"Lovelace"}},{"name":{"last_name":"Johnson"}},` +
				`{"name":{"last_name":"Bartik"}},{"name":{"last_name":"Holberton"}}],` +
				`"primary_location":{"locality":"San Francisco","country":"US"}}}}`},
		{"deal with status, money and actor",
			`{ deal(id: "` + pilot + `") { stage { title } value { currency_value currency_code }
			   owner { __typename ... on User { email name } }
			   associated_company { name } } }`, nil,
			`{"data":{"deal":{"stage":{"title":"Lost"},"value":{"currency_value":30000,` +
				`"currency_code":"USD"},"owner":{"__typename":"User","email":` +
				`"jonas@acme.example","name":"Jonas Berg"},` +
				`"associated_company":{"name":"Tidewater Health"}}}}`},
		{"custom attribute through attribute(slug)",
			`{ person(id: "` + ada + `") {
			   status: attribute(slug: "alc_status") { __typename ... on SelectValue {
			     value { title } } }
			   phones: attribute(slug: "phone_numbers") { __typename
			     ... on MultiPhoneNumberValue { values } } } }`, nil,
			`{"data":{"person":{"status":{"__typename":"SelectValue","value":` +
				`{"title":"Pending"}},"phones":{"__typename":"MultiPhoneNumberValue",` +
				`"values":["+14155550101","+14155550199"]}}}}`},
		{"records keeps order and nulls",
			`{ records(ids: ["` + grace + `", "nope"], object: "people") { id } }`, nil,
			`{"data":{"records":[{"id":"` + grace + `"},null]}}`},
		{"object handles",
			`{ objects { __typename slug } people { name record(id: "` + grace + `") {
			   email_addresses } attributes(types: [PHONE_NUMBER]) { slug type } } }`, nil,
			`{"data":{"objects":[{"__typename":"PeopleObject","slug":"people"},` +
				`{"__typename":"CompaniesObject","slug":"companies"},` +
				`{"__typename":"DealsObject","slug":"deals"},` +
				`{"__typename":"UsersObject","slug":"users"},` +
				`{"__typename":"WorkspacesObject","slug":"workspaces"}],"people":{"name":"People",` +
				`"record":{"email_addresses":["grace@tidewaterhealth.example"]},` +
				`"attributes":[{"slug":"phone_numbers","type":"PHONE_NUMBER"}]}}}`},
		{"current user and workspace",
			`{ currentUser { email name } currentWorkspace { name slug } }`, nil,
			`{"data":{"currentUser":{"email":"sam@acme.example","name":"Sam Rivera"},` +
				`"currentWorkspace":{"name":"Acme","slug":"acme"}}}`},
		{"search",
			`{ experimental_searchPeople(query: "noether") { name { full_name } } }`, nil,
			`{"data":{"experimental_searchPeople":[{"name":{"full_name":"Emmy Noether"}}]}}`},
		{"search every standard object",
			`{ users: experimental_searchUsers(query: "GRANITECLOUD") { user_id: attribute(slug:
			   "user_id") { ... on TextValue { value } } }
			   ws: experimental_searchWorkspaces(query: "staging") { name }
			   deals: experimental_searchDeals(query: "pilot") { name }
			   companies: experimental_searchCompanies(query: "heron") { name }
			   records: experimental_searchRecords(query: "+3363998", object: "people") {
			     ... on Person { name { full_name } } } }`, nil,
			`{"data":{"users":[{"user_id":{"value":"usr_frances"}},{"user_id":` +
				`{"value":"usr_john"}},{"user_id":{"value":"usr_radia"}}],` +
				`"ws":[{"name":"Granite Cloud (staging)"}],"deals":[{"name":"Tidewater pilot"},` +
				`{"name":"Paper Lantern pilot"}],"companies":[{"name":"Blue Heron Freight"}],` +
				`"records":[{"name":{"full_name":"Hedy Lamarr"}},{"name":{"full_name":` +
				`"Sophie Germain"}},{"name":{"full_name":"Hypatia"}}]}}`},
		{"skip and include",
			`query($yes: Boolean!) { currentWorkspace { name @include(if: $yes)
			   slug @skip(if: $yes) } }`, map[string]any{"yes": true},
			`{"data":{"currentWorkspace":{"name":"Acme"}}}`},
		{"missing records are null", `{ workspaces { slug } userRecord(id: "x") { id } }`, nil,
			`{"data":{"workspaces":{"slug":"workspaces"},"userRecord":null}}`},
		{"user record, its person and workspace",
			`query($id: String!) { userRecord(id: $id) { primary_email_address
			   person { name { full_name } associated_users { primary_email_address } }
			   workspace { workspace_id name company { name } users { person { job_title } } } } }`,
			map[string]any{"id": workspace.SeedRecordID("users", "grace-hopper")},
			`{"data":{"userRecord":{"primary_email_address":"grace@tidewaterhealth.example",` +
				`"person":{"name":{"full_name":"Grace Hopper"},"associated_users":[` +
				`{"primary_email_address":"grace@tidewaterhealth.example"}]},` +
				`"workspace":{"workspace_id":"ws_tidewater","name":"Tidewater Health",` +
				`"company":{"name":"Tidewater Health"},"users":[{"person":` +
				`{"job_title":"Head of Engineering"}}]}}}}`},
		{"list entries",
			`{ deal(id: "` + workspace.SeedRecordID("deals", "lumen-labs-renewal") + `") {
			   list_entries { __typename id object { __typename slug name }
			     priority: attribute(slug: "priority") { ... on SelectValue { value { title } } }
			     ... on CustomRecord { list_entries { id } } } }
			   person(id: "` + ada + `") { list_entries { id } } }`, nil,
			`{"data":{"deal":{"list_entries":[{"__typename":"CustomRecord","id":"` +
				workspace.SeedEntryID("sales_pipeline", "lumen-labs-renewal") + `","object":` +
				`{"__typename":"CustomObject","slug":"sales_pipeline",` +
				`"name":"Sales pipeline"},"priority":{"value":{"title":"High"}},` +
				`"list_entries":[]}]},"person":{"list_entries":[]}}}`},
		{"workspace record and a company's workspaces",
			`{ workspace(id: "` + workspace.SeedRecordID("workspaces", "kestrel-logistics") +
				`") { __typename name users { user_id: attribute(slug: "user_id") {
			   ... on TextValue { value } } } }
			   company(id: "` + lumen + `") { associated_workspaces { workspace_id } } }`, nil,
			`{"data":{"workspace":{"__typename":"WorkspaceRecord","name":"Kestrel Logistics",` +
				`"users":[{"user_id":{"value":"usr_alan"}}]},` +
				`"company":{"associated_workspaces":[{"workspace_id":"ws_lumen"}]}}}`},
	}
	for _, tt := range tests {
		if got := run(t, s, tt.query, tt.vars); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

func TestErrors(t *testing.T) {
	s, _ := newSchema(t)
	tests := []struct {
		name, query string
		vars        map[string]any
		want        string
	}{
		{"unknown field has a location", "query {\n  person(id: \"x\") {\n    shoe_size\n  }\n}",
			nil, `{"data":null,"errors":[{"message":"Cannot query field \"shoe_size\" on ` +
				`type \"Person\".","locations":[{"line":3,"column":5}]}]}`},
		{"missing variable", getPerson, nil, `{"data":null,"errors":[{"message":` +
			`"Variable \"$recordId\": must be defined.","locations":[{"line":1,"column":17}]}]}`},
		{"wrong variable type", getPerson, map[string]any{"recordId": 7},
			`{"data":null,"errors":[{"message":"Variable \"$recordId\": expected String, ` +
				`but got a number.","locations":[{"line":1,"column":17}]}]}`},
		{"mutation", `mutation { person(id: "x") { id } }`, nil, `{"data":null,"errors":[` +
			`{"message":"Schema does not support operation type \"mutation\"",` +
			`"locations":[{"line":1,"column":1}]}]}`},
		{"syntax error", "{ person(id: ", nil, `{"data":null,"errors":[{"message":` +
			`"Unexpected \u003cEOF\u003e","locations":[{"line":1,"column":14}]}]}`},
		{"unknown object is an error at its field", `{ record(id: "x", object: "invoices") ` +
			`{ id } currentWorkspace { slug } }`, nil,
			`{"data":{"record":null,"currentWorkspace":{"slug":"acme"}},"errors":[{"message":` +
				`"Object \"invoices\" not found.","locations":[{"line":1,"column":3}],` +
				`"path":["record"]}]}`},
		{"null propagates past non-null fields",
			`{ records(ids: ["x"], object: "invoices") { id } }`, nil,
			`{"data":null,"errors":[{"message":"Object \"invoices\" not found.",` +
				`"locations":[{"line":1,"column":3}],"path":["records"]}]}`},
		{"unknown custom attribute",
			`{ person(id: "` + ada + `") { a: attribute(slug: "alc_status") { __typename } } }`,
			nil, `{"data":{"person":{"a":null}},"errors":[{"message":"People have no ` +
				`attribute \"alc_status\" in the studio's workspace; add it to the app's ` +
				`studio settings.","locations":[{"line":1,"column":56}],` +
				`"path":["person","a"]}]}`},
	}
	for _, tt := range tests {
		if got := run(t, s, tt.query, tt.vars); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

func TestConcurrentQueries(t *testing.T) {
	s, ws := newSchema(t)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 0 {
				ws.UpdateRecord("people", ada, map[string]any{"job_title": "T"},
					workspace.Append, workspace.System)
			}
			resp := s.Execute(context.Background(), Request{Query: getPerson,
				Variables: map[string]any{"recordId": ada}})
			if len(resp.Errors) > 0 {
				t.Errorf("errors: %v", resp.Errors)
			}
		}()
	}
	wg.Wait()
}
