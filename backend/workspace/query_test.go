package workspace

import (
	"slices"
	"sync"
	"testing"
)

func names(rs []Record) []string {
	out := []string{}
	for _, r := range rs {
		v, _ := r.First("name")
		if s := v.String("full_name"); s != "" {
			out = append(out, s)
		} else {
			out = append(out, v.String("value"))
		}
	}
	return out
}

func TestListRecordsFilters(t *testing.T) {
	tests := []struct {
		name   string
		object string
		filter map[string]any
		want   []string
	}{
		{"implicit name", "people", map[string]any{"name": "Ada Lovelace"},
			[]string{"Ada Lovelace"}},
		{"implicit email any case", "people",
			map[string]any{"email_addresses": "ALAN@kestrel-logistics.example"},
			[]string{"Alan Turing"}},
		{"first name starts with", "people",
			map[string]any{"name": map[string]any{"first_name": map[string]any{
				"$starts_with": "k"}}}, []string{"Katherine Johnson", "Konrad Zuse"}},
		{"or", "people", map[string]any{"$or": []any{
			map[string]any{"name": "Hedy Lamarr"}, map[string]any{"name": "Emmy Noether"}}},
			[]string{"Hedy Lamarr", "Emmy Noether"}},
		{"and with location", "people", map[string]any{"$and": []any{
			map[string]any{"primary_location": map[string]any{"locality": "Boston"}},
			map[string]any{"job_title": map[string]any{"$contains": "director"}}}},
			[]string{"Margaret Hamilton"}},
		{"no phone", "people",
			map[string]any{"phone_numbers": map[string]any{"$not_empty": false}},
			[]string{"Grace Hopper"}},
		{"phone country", "people", map[string]any{"phone_numbers": map[string]any{
			"country_code": map[string]any{"$in": []any{"de", "FR"}}}},
			[]string{"Hedy Lamarr", "Sophie Germain", "Emmy Noether", "Konrad Zuse",
				"Lise Meitner", "Max Planck", "Johannes Kepler", "Gottfried Leibniz", "Hypatia"}},
		{"company reference", "people", map[string]any{"company": map[string]any{
			"target_object": "companies", "target_record_id": lumen}},
			[]string{"Ada Lovelace", "Katherine Johnson", "Jean Bartik", "Betty Holberton"}},
		{"no company", "people", map[string]any{"company": map[string]any{
			"$not_empty": false}}, []string{"Annie Easley"}},
		{"domain property", "companies", map[string]any{"domains": map[string]any{
			"domain": map[string]any{"$eq": "maisonverte.example"}}}, []string{"Maison Verte"}},
		{"multiselect option", "companies", map[string]any{"categories": "saas"},
			[]string{"Lumen Labs", "Tidewater Health", "Granite Cloud", "Orchard Ledger"}},
		{"status title", "deals", map[string]any{"stage": "Lost"},
			[]string{"Tidewater pilot", "Saffron Table loyalty app"}},
		{"currency greater than", "deals", map[string]any{"value": map[string]any{
			"$gt": 100000}}, []string{"Kestrel fleet analytics", "Northwind warehouse robots",
			"Helix Bio lab data platform", "Vela fleet telemetry"}},
		{"not", "companies", map[string]any{"$not": map[string]any{"categories": "B2B"}},
			[]string{"Maison Verte", "Bergmann Analytik", "Tidewater Health", "Quayside Capital",
				"Saffron Table", "Paper Lantern Studio", "Orchard Ledger", "Blue Heron Freight",
				"Vela Mobility", "Summit Schools"}},
	}
	ws := openTest(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := ws.ListRecords(tt.object, Query{Filter: tt.filter})
			if err != nil {
				t.Fatal(err)
			}
			if got := names(rs); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestListRecordsRefusesBadFilters(t *testing.T) {
	tests := []struct {
		name   string
		filter map[string]any
		want   string
	}{
		{"unknown attribute", map[string]any{"shoe_size": 9},
			"shoe_size: people have no attribute with this slug or id to filter by"},
		{"unknown operator", map[string]any{"name": map[string]any{"$like": "A%"}},
			`name: has no filter operator "$like"; use $eq, $in, $contains, $starts_with, ` +
				`$ends_with, $not_empty, $gt, $gte, $lt or $lte`},
		{"unknown property", map[string]any{"name": map[string]any{"middle_name": "x"}},
			`name: has no property "middle_name" to filter or sort by; it has first_name, ` +
				`full_name, last_name`},
		{"location needs a property", map[string]any{"primary_location": "Boston"},
			"primary_location: has type location; name one of its properties to filter or " +
				"sort by it"},
	}
	ws := openTest(t)
	for _, tt := range tests {
		_, err := ws.ListRecords("people", Query{Filter: tt.filter})
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: error = %v, want %s", tt.name, err, tt.want)
		}
	}
}

func TestListRecordsSortsAndPages(t *testing.T) {
	ws := openTest(t)
	tests := []struct {
		name string
		q    Query
		want []string
	}{
		{"creation order", Query{Limit: 3}, []string{"Ada Lovelace", "Grace Hopper",
			"Alan Turing"}},
		{"last name desc", Query{Limit: 2, Sorts: []Sort{{Attribute: "name",
			Field: "last_name", Direction: "desc"}}}, []string{"Konrad Zuse", "Chien-Shiung Wu"}},
		{"offset", Query{Offset: 37, Limit: 5}, []string{"Nettie Stevens", "Chien-Shiung Wu",
			"Hypatia"}},
		{"past the end", Query{Offset: 50}, []string{}},
	}
	for _, tt := range tests {
		rs, err := ws.ListRecords("people", tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if got := names(rs); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
	// Records without the sort attribute come last whichever the direction.
	if _, err := ws.UpdateRecord("deals", SeedRecordID("deals", "tidewater-pilot"),
		map[string]any{"value": nil}, Overwrite, api); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{"asc", "desc"} {
		rs, err := ws.ListRecords("deals", Query{Sorts: []Sort{{Attribute: "value",
			Direction: dir}}})
		if err != nil {
			t.Fatal(err)
		}
		last := names(rs)[len(rs)-2:]
		if !slices.Equal(last, []string{"Tidewater pilot", "Quayside portfolio reporting"}) {
			t.Errorf("%s: deals without value are not last: %v", dir, names(rs))
		}
	}
}

func TestSearchRecords(t *testing.T) {
	ws := openTest(t)
	rs, err := ws.SearchRecords("people", "LUMENLABS", 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Ada Lovelace", "Katherine Johnson", "Jean Bartik", "Betty Holberton"}
	if got := names(rs); !slices.Equal(got, want) {
		t.Errorf("search = %v", got)
	}
}

// A search narrows a filtered, sorted query and pages like one: the list view sends all three.
func TestSearchComposesWithFilterSortAndPaging(t *testing.T) {
	ws := openTest(t)
	byFirst := []Sort{{Attribute: "name", Field: "first_name", Direction: "desc"}}
	tests := []struct {
		name  string
		query Query
		want  []string
	}{
		{"search alone", Query{Search: "lumenlabs"},
			[]string{"Ada Lovelace", "Katherine Johnson", "Jean Bartik", "Betty Holberton"}},
		{"search and sort", Query{Search: "lumenlabs", Sorts: byFirst},
			[]string{"Katherine Johnson", "Jean Bartik", "Betty Holberton", "Ada Lovelace"}},
		{"search, sort and page", Query{Search: "lumenlabs", Sorts: byFirst, Offset: 1, Limit: 2},
			[]string{"Jean Bartik", "Betty Holberton"}},
		{"search and filter", Query{Search: "lumenlabs", Filter: map[string]any{
			"name": map[string]any{"first_name": map[string]any{"$starts_with": "b"}}}},
			[]string{"Betty Holberton"}},
		{"search and filter that exclude each other", Query{Search: "lumenlabs",
			Filter: map[string]any{"name": "Grace Hopper"}}, []string{}},
		{"blank search selects all the filter does", Query{Search: "  ",
			Filter: map[string]any{"name": "Grace Hopper"}}, []string{"Grace Hopper"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := ws.ListRecords("people", tt.query)
			if err != nil {
				t.Fatal(err)
			}
			if got := names(rs); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// Pages past topLimit come from a cached full order, which a write must not leave stale.
func TestDeepSortedPagesFollowWrites(t *testing.T) {
	ws := openTest(t)
	byName := []Sort{{Attribute: "name", Direction: "asc"}}
	deep := func(offset int) []string {
		t.Helper()
		rs, err := ws.ListRecords("people", Query{Sorts: byName, Offset: offset,
			Limit: topLimit + 1})
		if err != nil {
			t.Fatal(err)
		}
		return names(rs)
	}
	shallow, err := ws.ListRecords("people", Query{Sorts: byName, Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	all := deep(0)
	if !slices.Equal(all[:min(50, len(all))], names(shallow)) || all[0] != "Ada Lovelace" {
		t.Fatalf("a full sort and a top-k sort disagree: %v / %v", all, names(shallow))
	}
	// Pages asked for at once, as a list scrolled deep asks, share one sort.
	var wg sync.WaitGroup
	pages := make([][]string, 4)
	for i := range pages {
		wg.Go(func() {
			rs, err := ws.ListRecords("people", Query{Sorts: byName, Offset: i,
				Limit: topLimit + 1})
			if err == nil {
				pages[i] = names(rs)
			}
		})
	}
	wg.Wait()
	for i, got := range pages {
		if !slices.Equal(got, all[i:]) {
			t.Errorf("offset %d = %v, want %v", i, got, all[i:])
		}
	}

	_, err = ws.UpdateRecord("people", ada, map[string]any{"name": map[string]any{
		"first_name": "Zelda", "last_name": "Lovelace"}}, Overwrite, api)
	if err != nil {
		t.Fatal(err)
	}
	if got := deep(0); got[0] == "Ada Lovelace" || got[len(got)-1] != "Zelda Lovelace" {
		t.Errorf("after a rename the order is stale: %v", got)
	}
	if err := ws.Reset(); err != nil {
		t.Fatal(err)
	}
	if got := deep(0); !slices.Equal(got, all) {
		t.Errorf("after a reset: %v, want %v", got, all)
	}
}
