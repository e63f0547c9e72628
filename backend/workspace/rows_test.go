package workspace

import (
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"attio-studio/backend/store"
)

// A row must read back the same cells as the record it was made from.
func TestRowsReadLikeRecords(t *testing.T) {
	ws := openTest(t)
	obj, err := ws.Object("people")
	if err != nil {
		t.Fatal(err)
	}
	r := mustGet(t, ws, "people", ada)
	raw := encodeRow(&obj, &r)
	for i := range obj.Attributes {
		attr := &obj.Attributes[i]
		want := valuesRow(r.Values).values(attr, nil)
		if got := encodedRow(raw).values(attr, nil); !cmp.Equal(got, want) {
			t.Errorf("%s: row cells %v, record cells %v", attr.Slug, got, want)
		}
		for col := range columns[attr.Type] {
			var first any
			if len(want) > 0 {
				first = want[0][col]
			}
			if got := encodedRow(raw).first(attr, col); got != first {
				t.Errorf("%s column %d: first %v, want %v", attr.Slug, col, got, first)
			}
		}
	}
	if got := encodedRow(raw[:len(raw)/2]).values(&obj.Attributes[len(obj.Attributes)-1],
		nil); got != nil {
		t.Errorf("a cut row read as %v", got)
	}
}

// The bounded top-k must give exactly what a stable sort gives.
func TestTopEqualsStableSort(t *testing.T) {
	s := &sorter{by: []sortKey{{desc: true}, {}}}
	rng := rand.New(rand.NewPCG(1, 2))
	var hits []hit
	for i := range 500 {
		var k0 any = float64(rng.IntN(10))
		if rng.IntN(7) == 0 {
			k0 = nil
		}
		hits = append(hits, hit{id: string(rune('a' + i%26)), keys: []any{k0,
			string(rune('a' + rng.IntN(5)))}})
	}
	for _, k := range []int{1, 7, 50, 499, 600} {
		tp := &top{s: s, k: k}
		for _, h := range hits {
			tp.add(h)
		}
		want := slices.Clone(hits)
		s.sort(want)
		want = want[:min(k, len(want))]
		if !cmp.Equal(tp.hits, want, cmp.AllowUnexported(hit{})) {
			t.Errorf("k=%d: top differs from a stable sort", k)
		}
	}
}

func TestCountRecords(t *testing.T) {
	ws := openTest(t)
	if n, err := ws.CountRecords("people"); err != nil || n != 40 {
		t.Fatalf("CountRecords = %d, %v", n, err)
	}
	if err := ws.DeleteRecord("people", ada); err != nil {
		t.Fatal(err)
	}
	if n, _ := ws.CountRecords("people"); n != 39 {
		t.Errorf("after a delete: %d", n)
	}
	if _, err := ws.CountRecords("invoices"); err == nil {
		t.Error("counting an unknown object worked")
	}
}

// A store written before the row index existed gets its indexes when opened.
func TestOpenRebuildsOldIndexes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "studio.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(st, nil); err != nil {
		t.Fatal(err)
	}
	err = st.Update(func(tx *store.Tx) error {
		for _, name := range tx.Buckets() {
			if len(name) > 15 && name[:15] == "workspace/rows/" {
				if err := tx.DeleteBucket(name); err != nil {
					return err
				}
			}
		}
		return tx.Delete(bucketInfo, layoutKey)
	})
	if err != nil {
		t.Fatal(err)
	}
	ws, err := Open(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rs, err := ws.ListRecords("people", Query{Filter: map[string]any{"name": "Grace Hopper"}})
	if err != nil || len(rs) != 1 {
		t.Errorf("query after reopening: %d records, %v", len(rs), err)
	}
}

func TestMayContain(t *testing.T) {
	tests := []struct {
		hay, needle string
		want        bool
	}{
		{"Grace Hopper", "grace", true},
		{"xGRACE", "grace", true},
		{"gracious", "grace", false},
		{"", "a", false},
		{"abc", "", true},
		{"Boston", "bost", true},
		{"Kelvin \u212a here", "kelvin", true},
		{"\u212aelvin", "kelvin", true}, // the Kelvin sign folds to k: decode to know
		{"Île-de-France", "île", true},  // not ASCII: decode to know
		{"ab", "abc", false},
	}
	for _, tt := range tests {
		if got := mayContain([]byte(tt.hay), tt.needle); got != tt.want {
			t.Errorf("mayContain(%q, %q) = %v, want %v", tt.hay, tt.needle, got, tt.want)
		}
	}
}
