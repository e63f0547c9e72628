package attioapi

import (
	"testing"

	"attio-studio/backend/workspace"
)

var (
	renewal      = workspace.SeedRecordID("deals", "lumen-labs-renewal")
	pilot        = workspace.SeedRecordID("deals", "tidewater-pilot")
	renewalEntry = "/v2/lists/sales_pipeline/entries/"
)

func TestListEndpoints(t *testing.T) {
	checkEndpoints(t, []endpointTest{
		{"lists", "GET", "/v2/lists", "", 200, map[string]any{
			"data.0.api_slug": "sales_pipeline", "data.0.name": "Sales pipeline",
			"data.0.parent_object": []any{"deals"}, "data.0.id.list_id": present,
			"data.1.api_slug": "key_accounts", "data.2": nil}},
		{"list by slug", "GET", "/v2/lists/key_accounts", "", 200,
			map[string]any{"data.parent_object.0": "companies"}},
		{"unknown list", "GET", "/v2/lists/nope", "", 404, map[string]any{
			"message": `List with slug or ID "nope" was not found.`}},
		{"list attributes", "GET", "/v2/lists/sales_pipeline/attributes", "", 200,
			map[string]any{"data.0.api_slug": "priority", "data.0.type": "select",
				"data.0.id.list_id": present}},
		{"query entries", "POST", "/v2/lists/sales_pipeline/entries/query",
			`{"filter":{"priority":"High"},"sorts":[{"attribute":"confidence",` +
				`"direction":"asc"}],"limit":2}`, 200, map[string]any{
				"data.0.parent_object": "deals", "data.0.entry_values.confidence.0.value": 3.0,
				"data.1.entry_values.confidence.0.value": 3.0, "data.2": nil}},
		{"query entries with a bad filter", "POST", "/v2/lists/sales_pipeline/entries/query",
			`{"filter":{"priority":{"$like":"H"}}}`, 400,
			map[string]any{"code": "validation_type"}},
		{"create entry", "POST", "/v2/lists/sales_pipeline/entries",
			`{"data":{"parent_record_id":"` + pilot + `","parent_object":"deals",` +
				`"entry_values":{"priority":"Low"}}}`, 200, map[string]any{
				"data.parent_record_id": pilot, "data.id.entry_id": present,
				"data.entry_values.priority.0.option.title": "Low",
				"data.entry_values.next_step":               []any{}}},
		{"create entry without parent", "POST", "/v2/lists/sales_pipeline/entries",
			`{"data":{"entry_values":{}}}`, 400, map[string]any{"code": "validation_type"}},
		{"create entry for the wrong object", "POST", "/v2/lists/sales_pipeline/entries",
			`{"data":{"parent_record_id":"` + ada + `","parent_object":"people"}}`, 400,
			map[string]any{"message": "parent_object: Sales pipeline holds deals, not people."}},
		{"assert entry updates", "PUT", "/v2/lists/sales_pipeline/entries",
			`{"data":{"parent_record_id":"` + renewal + `","parent_object":"deals",` +
				`"entry_values":{"next_step":"Sign"}}}`, 200, map[string]any{
				"data.entry_values.next_step.0.value":       "Sign",
				"data.entry_values.priority.0.option.title": "High"}},
		{"get entry", "GET", renewalEntry + seededEntry(), "", 200,
			map[string]any{"data.parent_record_id": renewal}},
		{"patch entry", "PATCH", renewalEntry + seededEntry(),
			`{"data":{"entry_values":{"confidence":5}}}`, 200,
			map[string]any{"data.entry_values.confidence.0.value": 5.0}},
		{"put entry without values", "PUT", renewalEntry + seededEntry(), `{"data":{}}`, 400,
			map[string]any{"code": "validation_type"}},
		{"entry values history", "GET", renewalEntry + seededEntry() +
			"/attributes/next_step/values?show_historic=true", "", 200,
			map[string]any{"data.0.value": "Send the renewal quote"}},
		{"delete entry", "DELETE", renewalEntry + seededEntry(), "", 200, map[string]any{}},
		{"missing entry", "GET", renewalEntry + "nope", "", 404, map[string]any{
			"message": `List entry with slug or ID "nope" was not found.`}},
		{"record entries", "GET", "/v2/objects/deals/records/" + renewal + "/entries", "", 200,
			map[string]any{"data.0.list_api_slug": "sales_pipeline",
				"data.0.entry_id": seededEntry(), "data.1": nil}},
	})
}

func seededEntry() string {
	return workspace.SeedEntryID("sales_pipeline", "lumen-labs-renewal")
}

func TestNoteEndpoints(t *testing.T) {
	checkEndpoints(t, []endpointTest{
		{"notes of a record", "GET", "/v2/notes?parent_object=people&parent_record_id=" + ada,
			"", 200, map[string]any{"data.0.title": "Renewal call",
				"data.0.content_markdown": present, "data.0.id.note_id": present, "data.1": nil}},
		{"notes paged", "GET", "/v2/notes?limit=2&offset=1", "", 200,
			map[string]any{"data.0.title": "Email only", "data.2": nil}},
		{"limit too big", "GET", "/v2/notes?limit=51", "", 400,
			map[string]any{"message": "limit must be at most 50, not 51."}},
		{"record without object", "GET", "/v2/notes?parent_record_id=" + ada, "", 400,
			map[string]any{"code": "validation_type"}},
		{"create note", "POST", "/v2/notes", `{"data":{"parent_object":"people",` +
			`"parent_record_id":"` + ada + `","title":"Call","format":"markdown",` +
			`"content":"**Call** her"}}`, 200, map[string]any{"data.title": "Call",
			"data.content_plaintext": "Call her", "data.content_markdown": "**Call** her",
			"data.created_by_actor.type": "api-token", "data.meeting_id": nil}},
		{"create note with a bad format", "POST", "/v2/notes", `{"data":{"parent_object":` +
			`"people","parent_record_id":"` + ada + `","title":"x","format":"rtf"}}`, 400,
			map[string]any{"message": `format: is "rtf"; a note's format is "plaintext" or ` +
				`"markdown".`}},
		{"create note with a wrong type", "POST", "/v2/notes", `{"data":{"title":7}}`, 400,
			map[string]any{"message": `Body field "data.title" must be a string, not number.`}},
		{"missing note", "GET", "/v2/notes/nope", "", 404, map[string]any{"code": "not_found"}},
		{"delete missing note", "DELETE", "/v2/notes/nope", "", 404,
			map[string]any{"code": "not_found"}},
	})
}

func TestTaskEndpoints(t *testing.T) {
	task := "/v2/tasks/" + workspace.SeedTaskID("book-kestrel-demo")
	checkEndpoints(t, []endpointTest{
		{"tasks", "GET", "/v2/tasks", "", 200, map[string]any{
			"data.0.content_plaintext":                 "Send Ada the renewal quote",
			"data.0.deadline_at":                       "2024-03-01T17:00:00.000000000Z",
			"data.0.linked_records.0.target_record_id": ada,
			"data.0.assignees.0.referenced_actor_type": "workspace-member",
			"data.3.content_plaintext":                 present, "data.4": nil}},
		{"tasks newest first, open only", "GET", "/v2/tasks?sort=created_at:desc&" +
			"is_completed=false&limit=1", "", 200, map[string]any{
			"data.0.content_plaintext": "Fill in Helix Bio's security questionnaire",
			"data.1":                   nil}},
		{"tasks of a record", "GET", "/v2/tasks?linked_object=people&linked_record_id=" +
			grace, "", 200, map[string]any{"data.0.is_completed": true, "data.1": nil}},
		{"bad sort", "GET", "/v2/tasks?sort=deadline", "", 400,
			map[string]any{"code": "validation_type"}},
		{"create task", "POST", "/v2/tasks", `{"data":{"content":"Call Grace",` +
			`"format":"plaintext","deadline_at":null,"is_completed":false,` +
			`"linked_records":[{"target_object":"people","target_record_id":"` + grace +
			`"}],"assignees":[{"workspace_member_email_address":"jonas@acme.example"}]}}`,
			200, map[string]any{"data.content_plaintext": "Call Grace",
				"data.deadline_at": nil, "data.linked_records.0.target_record_id": grace,
				"data.assignees.0.referenced_actor_id": workspace.MemberID("jonas@acme.example")}},
		{"create task with a bad assignee", "POST", "/v2/tasks", `{"data":{"content":"x",` +
			`"format":"plaintext","assignees":["nobody"]}}`, 400,
			map[string]any{"code": "validation_type"}},
		{"complete a task", "PATCH", task, `{"data":{"is_completed":true,"deadline_at":null}}`,
			200, map[string]any{"data.is_completed": true, "data.deadline_at": nil,
				"data.content_plaintext": "Book a demo with Kestrel"}},
		{"content cannot change", "PATCH", task, `{"data":{"content":"x"}}`, 400,
			map[string]any{"code": "validation_type"}},
		{"wrong type in a patch", "PATCH", task, `{"data":{"is_completed":"yes"}}`, 400,
			map[string]any{"code": "validation_type"}},
		{"get task", "GET", task, "", 200, map[string]any{"data.is_completed": false}},
		{"delete task", "DELETE", task, "", 200, map[string]any{}},
		{"missing task", "DELETE", "/v2/tasks/nope", "", 404, map[string]any{"code": "not_found"}},
	})
}

// A webhook is created, listed, changed and deleted; its secret stays as made.
func TestWebhookEndpoints(t *testing.T) {
	h, _ := newAPI(t)
	status, made := call(t, h, "POST", "/v2/webhooks", `{"data": {"target_url": `+
		`"https://hooks.example/one", "subscriptions": [{"event_type": "record.created"}]}}`)
	if status != 200 {
		t.Fatalf("create: %d %v", status, made)
	}
	id, _ := at(made, "data", "id", "webhook_id").(string)
	secret := at(made, "data", "secret")
	if status, got := call(t, h, "PATCH", "/v2/webhooks/"+id, `{"data": {"subscriptions": `+
		`[{"event_type": "note.created"}, {"event_type": "record.deleted"}]}}`); status != 200 ||
		at(got, "data", "target_url") != "https://hooks.example/one" ||
		at(got, "data", "subscriptions", 1, "event_type") != "record.deleted" ||
		at(got, "data", "subscriptions", 0, "filter") != nil || at(got, "data", "secret") != secret {
		t.Errorf("patch: %d %v", status, got)
	}
	if status, got := call(t, h, "GET", "/v2/webhooks", ""); status != 200 ||
		at(got, "data", 0, "id", "webhook_id") != id || at(got, "data", 1) != nil {
		t.Errorf("list: %d %v", status, got)
	}
	if status, got := call(t, h, "DELETE", "/v2/webhooks/"+id, ""); status != 200 {
		t.Errorf("delete: %d %v", status, got)
	}
	if status, _ := call(t, h, "GET", "/v2/webhooks/"+id, ""); status != 404 {
		t.Errorf("a deleted webhook answers %d", status)
	}
}
