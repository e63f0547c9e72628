package workspace

import (
	"slices"
	"testing"
)

func TestPathFilters(t *testing.T) {
	ws := openTest(t)
	tests := []struct {
		name   string
		object string
		filter map[string]any
		want   []string
	}{
		{"people by their company's name", "people", map[string]any{
			"path":        []any{[]any{"people", "company"}, []any{"companies", "name"}},
			"constraints": map[string]any{"value": "Maison Verte"}},
			[]string{"Hedy Lamarr", "Sophie Germain", "Hypatia"}},
		{"two hops: deals of people in Boston", "deals", map[string]any{
			"path": []any{[]any{"deals", "associated_people"}, []any{"people", "company"},
				[]any{"companies", "primary_location"}},
			"constraints": map[string]any{"locality": "Boston"}},
			[]string{"Tidewater pilot"}},
		{"path beside another clause", "people", map[string]any{
			"path":        []any{[]any{"people", "company"}, []any{"companies", "categories"}},
			"constraints": "Health", "job_title": map[string]any{"$contains": "head"}},
			[]string{"Grace Hopper", "Rosalind Franklin"}},
		{"path inside $not", "companies", map[string]any{"$not": map[string]any{
			"path":        []any{[]any{"companies", "team"}, []any{"people", "phone_numbers"}},
			"constraints": map[string]any{"country_code": "US"}}}, []string{
			"Kestrel Logistics", "Maison Verte", "Bergmann Analytik", "Quayside Capital",
			"Saffron Table", "Helix Bio", "Paper Lantern Studio", "Orchard Ledger",
			"Blue Heron Freight", "Vela Mobility"}},
	}
	for _, tt := range tests {
		rs, err := ws.ListRecords(tt.object, Query{Filter: tt.filter})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := names(rs); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestPathFiltersRefuseBadPaths(t *testing.T) {
	ws := openTest(t)
	tests := []struct {
		name   string
		filter map[string]any
		want   string
	}{
		{"no constraints", map[string]any{"path": []any{}},
			"filter: path and constraints go together: the path says where, the constraints " +
				"what must hold there"},
		{"not pairs", map[string]any{"path": []any{"people"}, "constraints": "x"},
			`path: must be a list of [object, attribute] pairs, such as [["people", ` +
				`"company"], ["companies", "name"]], but got ["people"]`},
		{"wrong start", map[string]any{"path": []any{[]any{"companies", "name"}},
			"constraints": "x"}, `path: step 1 is at "companies", but the path has reached people`},
		{"through a text attribute", map[string]any{"path": []any{
			[]any{"people", "job_title"}, []any{"companies", "name"}}, "constraints": "x"},
			"path: step 1: job_title is a text attribute, not a record reference, so the " +
				"path cannot go on from it"},
		{"to the wrong object", map[string]any{"path": []any{
			[]any{"people", "company"}, []any{"deals", "name"}}, "constraints": "x"},
			`path: step 1: company points at companies, not "deals"`},
		{"unknown attribute", map[string]any{"path": []any{
			[]any{"people", "company"}, []any{"companies", "revenue"}}, "constraints": "x"},
			`path: step 2: companies have no attribute "revenue"`},
	}
	for _, tt := range tests {
		_, err := ws.ListRecords("people", Query{Filter: tt.filter})
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: error = %v, want %s", tt.name, err, tt.want)
		}
	}
}

func TestPathSorts(t *testing.T) {
	ws := openTest(t)
	rs, err := ws.ListRecords("deals", Query{Limit: 3, Sorts: []Sort{{Direction: "desc",
		Path: []PathStep{{"deals", "associated_company"}, {"companies", "name"}}}}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Vela fleet telemetry", "Tidewater pilot", "Summit Schools LMS integration"}
	if got := names(rs); !slices.Equal(got, want) {
		t.Errorf("deals by company name desc = %v, want %v", got, want)
	}
	_, err = ws.ListRecords("deals", Query{Sorts: []Sort{{Path: []PathStep{{"deals", "name"}}}}})
	if err == nil {
		t.Error("a one-step sort path was accepted")
	}
}

func TestEntriesByParentRecord(t *testing.T) {
	ws := openTest(t)
	es, err := ws.ListEntries("sales_pipeline", Query{Filter: map[string]any{
		"path": []any{[]any{"sales_pipeline", "parent_record"},
			[]any{"deals", "stage"}}, "constraints": "Lead"},
		Sorts: []Sort{{Path: []PathStep{{"sales_pipeline", "parent_record"},
			{"deals", "value"}}}}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{SeedRecordID("deals", "blue-heron-tracking"),
		SeedRecordID("deals", "kestrel-fleet-analytics")}
	if got := entryParents(es); !slices.Equal(got, want) {
		t.Errorf("entries of leads by value = %v, want %v", got, want)
	}
	es, err = ws.ListEntries("sales_pipeline", Query{Filter: map[string]any{
		"parent_record": renewal}})
	if err != nil || len(es) != 1 {
		t.Errorf("entries by parent_record = %v, %v", es, err)
	}
}
