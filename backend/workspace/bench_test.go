package workspace_test

import (
	"testing"

	"attio-studio/backend/store"
	"attio-studio/backend/workspace"
	"attio-studio/backend/workspace/workspacetest"
)

// The benchmarks run against 100,000 people (and 10,000 companies), the size the studio
// promises to stay fast at. `make bench` prints their p50 and p99.
const benchPeople = 100_000

func BenchmarkGetRecord(b *testing.B) {
	l := workspacetest.Open(b, benchPeople)
	var lat workspacetest.Latencies
	for i := 0; b.Loop(); i++ {
		id := l.PersonIDs[i*7919%len(l.PersonIDs)]
		lat.Time(func() {
			if _, err := l.Workspace.GetRecord("people", id); err != nil {
				b.Fatal(err)
			}
		})
	}
	lat.Report(b)
}

func BenchmarkFilteredQuery(b *testing.B) {
	l := workspacetest.Open(b, benchPeople)
	q := workspace.Query{Filter: map[string]any{"$and": []any{
		map[string]any{"name": map[string]any{"first_name": map[string]any{"$eq": "Grace"}}},
		map[string]any{"primary_location": map[string]any{"locality": "Boston"}},
		map[string]any{"job_title": map[string]any{"$contains": "cto"}},
	}}, Limit: 50}
	var lat workspacetest.Latencies
	for b.Loop() {
		lat.Time(func() {
			rs, err := l.Workspace.ListRecords("people", q)
			if err != nil || len(rs) == 0 {
				b.Fatalf("%d records, %v", len(rs), err)
			}
		})
	}
	lat.Report(b)
}

func BenchmarkFirstPage(b *testing.B) {
	l := workspacetest.Open(b, benchPeople)
	var lat workspacetest.Latencies
	for b.Loop() {
		lat.Time(func() {
			rs, err := l.Workspace.ListRecords("people", workspace.Query{Limit: 50})
			if err != nil || len(rs) != 50 {
				b.Fatalf("%d records, %v", len(rs), err)
			}
		})
	}
	lat.Report(b)
}

func BenchmarkSortedPage(b *testing.B) {
	l := workspacetest.Open(b, benchPeople)
	q := workspace.Query{Limit: 50, Sorts: []workspace.Sort{{Attribute: "name",
		Field: "last_name", Direction: "desc"}}}
	var lat workspacetest.Latencies
	for b.Loop() {
		lat.Time(func() {
			if _, err := l.Workspace.ListRecords("people", q); err != nil {
				b.Fatal(err)
			}
		})
	}
	lat.Report(b)
}

func BenchmarkOpenStore(b *testing.B) {
	l := workspacetest.Open(b, benchPeople)
	path := l.Path
	l.Store.Close()
	var lat workspacetest.Latencies
	for b.Loop() {
		lat.Time(func() {
			st, err := store.Open(path)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := workspace.Open(st, nil); err != nil {
				b.Fatal(err)
			}
			st.Close()
		})
	}
	reopened, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	l.Store = reopened
	lat.Report(b)
}

// BenchmarkDeepSortedPages pages through the middle of a sorted list, as scrolling does: the
// first page sorts every record, the later ones reuse that order.
func BenchmarkDeepSortedPages(b *testing.B) {
	l := workspacetest.Open(b, benchPeople)
	// A write gives a fixture built without a data token one, as any studio write would.
	if _, err := l.Workspace.Generate(1, workspace.System); err != nil {
		b.Fatal(err)
	}
	var lat workspacetest.Latencies
	for i := 0; b.Loop(); i++ {
		q := workspace.Query{Offset: 50_000 + i%100*100, Limit: 100, Sorts: []workspace.Sort{
			{Attribute: "name", Direction: "asc"}}}
		lat.Time(func() {
			if rs, err := l.Workspace.ListRecords("people", q); err != nil || len(rs) != 100 {
				b.Fatalf("%d records, %v", len(rs), err)
			}
		})
	}
	lat.Report(b)
}
