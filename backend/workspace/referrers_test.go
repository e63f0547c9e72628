package workspace

import (
	"slices"
	"testing"
)

// A reference without an inverse to a deleted record is ended, as Attio clears it: the
// referring record keeps the value only in its history.
func TestDeleteEndsReferencesWithoutInverse(t *testing.T) {
	ws := openTest(t)
	for _, spec := range []struct{ object, slug string }{{"people", "referred_by"},
		{"companies", "champion"}} {
		_, err := ws.EnsureAttribute(spec.object, AttributeSpec{Slug: spec.slug,
			Title: spec.slug, Type: TypeRecordReference, TargetObject: "people"})
		if err != nil {
			t.Fatal(err)
		}
	}
	ref := func(id string) map[string]any {
		return map[string]any{"target_object": "people", "target_record_id": id}
	}
	writes := []struct {
		object, id, slug string
		to               string
	}{{"people", grace, "referred_by", ada}, {"people", ada, "referred_by", ada},
		{"companies", lumen, "champion", ada}, {"companies", tide, "champion", alan}}
	for _, wr := range writes {
		_, err := ws.UpdateRecord(wr.object, wr.id, map[string]any{wr.slug: ref(wr.to)},
			Overwrite, api)
		if err != nil {
			t.Fatal(err)
		}
	}

	if err := ws.DeleteRecord("people", ada); err != nil {
		t.Fatal(err)
	}
	if got := refs(mustGet(t, ws, "people", grace), "referred_by"); len(got) != 0 {
		t.Errorf("Grace is still referred by %v", got)
	}
	if got := refs(mustGet(t, ws, "companies", lumen), "champion"); len(got) != 0 {
		t.Errorf("Lumen's champion is still %v", got)
	}
	if got := refs(mustGet(t, ws, "companies", tide), "champion"); !slices.Equal(got,
		[]string{alan}) {
		t.Errorf("a reference to someone else was touched: %v", got)
	}
	history, err := ws.AttributeValues("people", grace, "referred_by", true)
	if err != nil || len(history) != 1 || history[0].ActiveUntil == nil ||
		refID(history[0].Fields) != ada {
		t.Errorf("Grace's history = %+v, %v", history, err)
	}
}
