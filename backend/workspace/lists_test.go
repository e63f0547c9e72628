package workspace

import (
	"errors"
	"slices"
	"testing"
)

var (
	pipeline     = stableID("list", "sales_pipeline")
	renewal      = SeedRecordID("deals", "lumen-labs-renewal")
	renewalEntry = stableID("entry", "sales_pipeline", "lumen-labs-renewal")
)

func entryParents(es []Entry) []string {
	out := []string{}
	for _, e := range es {
		out = append(out, e.ParentRecordID)
	}
	return out
}

func TestSeededLists(t *testing.T) {
	ws := openTest(t)
	lists, err := ws.Lists()
	if err != nil || len(lists) != 2 || lists[0].Slug != "sales_pipeline" ||
		lists[0].ParentObject != "deals" || lists[1].Name != "Key accounts" {
		t.Fatalf("Lists() = %+v, %v", lists, err)
	}
	byID, err := ws.List(pipeline)
	if err != nil || byID.Slug != "sales_pipeline" {
		t.Errorf("List(id) = %+v, %v", byID, err)
	}
	if _, err := ws.List("nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("List(nope) error = %v", err)
	}
	e, err := ws.GetEntry("sales_pipeline", renewalEntry)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := e.Values["priority"]; len(v) != 1 || v[0].Map("option")["title"] != "High" {
		t.Errorf("renewal priority = %v", e.Values["priority"])
	}
	if e.ParentObject != "deals" || e.ParentRecordID != renewal {
		t.Errorf("renewal entry parent = %s/%s", e.ParentObject, e.ParentRecordID)
	}
}

func TestListEntriesFiltersAndSorts(t *testing.T) {
	ws := openTest(t)
	tests := []struct {
		name string
		q    Query
		want []string
	}{
		{"priority", Query{Filter: map[string]any{"priority": "high"}}, []string{renewal,
			SeedRecordID("deals", "northwind-warehouse-robots"),
			SeedRecordID("deals", "helix-lab-platform")}},
		{"confidence sorted", Query{Filter: map[string]any{"confidence": map[string]any{
			"$not_empty": true}}, Sorts: []Sort{{Attribute: "confidence", Direction: "desc"}}},
			[]string{renewal, SeedRecordID("deals", "northwind-warehouse-robots"),
				SeedRecordID("deals", "helix-lab-platform")}},
		{"paged", Query{Limit: 1, Offset: 6},
			[]string{SeedRecordID("deals", "blue-heron-tracking")}},
	}
	for _, tt := range tests {
		es, err := ws.ListEntries("sales_pipeline", tt.q)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := entryParents(es); !slices.Equal(got, tt.want) {
			t.Errorf("%s: parents %v, want %v", tt.name, got, tt.want)
		}
	}
	_, err := ws.ListEntries("sales_pipeline", Query{Filter: map[string]any{"stage": "Lead"}})
	if err == nil || err.Error() != "stage: sales pipeline entries have no attribute with "+
		"this slug or id to filter by" {
		t.Errorf("filter by a record attribute: %v", err)
	}
}

func TestEntryWrites(t *testing.T) {
	ws := openTest(t)
	var changes []Change
	defer ws.Subscribe(collect(&changes))()
	pilot := SeedRecordID("deals", "tidewater-pilot")
	e, err := ws.CreateEntry("sales_pipeline", "deals", pilot,
		map[string]any{"priority": "Low", "next_step": "Ask why"}, api)
	if err != nil {
		t.Fatal(err)
	}
	want := Change{Kind: ChangeEntryCreated, Object: "deals", RecordID: pilot,
		List: "sales_pipeline", EntryID: e.ID.EntryID}
	if !hasChange(changes, want) {
		t.Errorf("changes %v lack %v", changes, want)
	}
	// Asserting by the same parent updates that entry.
	again, created, err := ws.AssertEntry("sales_pipeline", "deals", pilot,
		map[string]any{"priority": "High"}, api)
	if err != nil || created || again.ID != e.ID {
		t.Fatalf("AssertEntry = %v, created %v, %v", again.ID, created, err)
	}
	// A second entry for the same record is allowed, and then asserting is ambiguous.
	if _, err := ws.CreateEntry("sales_pipeline", "deals", pilot, nil, api); err != nil {
		t.Fatal(err)
	}
	_, _, err = ws.AssertEntry("sales_pipeline", "deals", pilot, nil, api)
	var ve *ValidationError
	if !errors.As(err, &ve) || ve.Attribute != "parent_record_id" {
		t.Errorf("ambiguous assert: %v", err)
	}
	updated, err := ws.UpdateEntry("sales_pipeline", e.ID.EntryID,
		map[string]any{"next_step": "Send a survey"}, Append, api)
	if err != nil || updated.Values["next_step"][0].String("value") != "Send a survey" {
		t.Fatalf("UpdateEntry = %v, %v", updated.Values["next_step"], err)
	}
	history, err := ws.EntryAttributeValues("sales_pipeline", e.ID.EntryID, "next_step", true)
	if err != nil || len(history) != 2 || history[0].Current() {
		t.Errorf("next_step history = %v, %v", history, err)
	}
	entries, err := ws.RecordEntries("deals", pilot)
	if err != nil || len(entries) != 2 || entries[0].ListSlug != "sales_pipeline" {
		t.Errorf("RecordEntries = %+v, %v", entries, err)
	}
	if err := ws.DeleteEntry("sales_pipeline", e.ID.EntryID); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.GetEntry("sales_pipeline", e.ID.EntryID); !errors.Is(err, ErrNotFound) {
		t.Errorf("GetEntry after delete: %v", err)
	}
	if entries, _ := ws.RecordEntries("deals", pilot); len(entries) != 1 {
		t.Errorf("RecordEntries after delete = %v", entries)
	}
}

func TestEntryWritesAreValidated(t *testing.T) {
	ws := openTest(t)
	tests := []struct {
		name           string
		object, record string
		values         map[string]any
		want           string
	}{
		{"wrong parent object", "people", ada, nil,
			"parent_object: Sales pipeline holds deals, not people"},
		{"missing parent", "deals", "nope", nil, `parent_record_id: deals has no record "nope"`},
		{"unknown option", "deals", renewal, map[string]any{"priority": "Urgent"},
			`priority: has no option "Urgent"; the choices are "Low", "Medium", "High"`},
		{"bad rating", "deals", renewal, map[string]any{"confidence": 9},
			"confidence: expects a whole number from 0 to 5, but got 9"},
	}
	for _, tt := range tests {
		_, err := ws.CreateEntry("sales_pipeline", tt.object, tt.record, tt.values, api)
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: error = %v, want %s", tt.name, err, tt.want)
		}
	}
}

// Deleting a record deletes its entries and notes and unlinks it from tasks.
func TestDeleteRecordCascades(t *testing.T) {
	ws := openTest(t)
	if err := ws.DeleteRecord("deals", renewal); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.GetEntry("sales_pipeline", renewalEntry); !errors.Is(err, ErrNotFound) {
		t.Errorf("the deleted deal's entry: %v", err)
	}
	task, err := ws.Task(stableID("task", "send-ada-quote"))
	if err != nil || len(task.LinkedRecords) != 1 || task.LinkedRecords[0].TargetRecordID != ada {
		t.Errorf("task links after delete = %+v, %v", task.LinkedRecords, err)
	}
	if err := ws.DeleteRecord("people", grace); err != nil {
		t.Fatal(err)
	}
	notes, err := ws.Notes(NoteQuery{ParentObject: "people", ParentRecordID: grace})
	if err != nil || len(notes) != 0 {
		t.Errorf("notes of a deleted person = %v, %v", notes, err)
	}
}

// An entry's update says which of the list's attributes changed.
func TestEntryUpdateSaysWhichAttributesChanged(t *testing.T) {
	ws := openTest(t)
	var changes []Change
	defer ws.Subscribe(func(c Change) { changes = append(changes, c) })()
	pilot := SeedRecordID("deals", "tidewater-pilot")
	e, err := ws.CreateEntry("sales_pipeline", "deals", pilot,
		map[string]any{"priority": "Low"}, api)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ws.UpdateEntry("sales_pipeline", e.ID.EntryID,
		map[string]any{"next_step": "Call back"}, Overwrite, api); err != nil {
		t.Fatal(err)
	}
	l, _ := ws.List("sales_pipeline")
	var nextStep string
	for _, a := range l.Attributes {
		if a.Slug == "next_step" {
			nextStep = a.ID
		}
	}
	last := changes[len(changes)-1]
	if last.Kind != ChangeEntryUpdated || !slices.Equal(last.Attributes, []string{nextStep}) {
		t.Errorf("the update's change: %+v, want next_step %s", last, nextStep)
	}
}
