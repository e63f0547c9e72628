package workspace

import (
	"slices"
	"testing"

	"attio-studio/backend/store"
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

// Deleting a record ends the values of list entries' record references that point at it.
func TestDeletedRecordLeavesNoEntryPointingAtIt(t *testing.T) {
	ws := openTest(t)
	err := ws.st.Update(func(tx *store.Tx) error {
		l, err := loadList(tx, "sales_pipeline")
		if err != nil {
			return err
		}
		champion := newAttribute(l.asObject(), AttributeSpec{Slug: "champion", Title: "Champion",
			Type: TypeRecordReference, TargetObject: "people"}, ws.now())
		l.Attributes = append(l.Attributes, champion)
		return saveList(tx, l)
	})
	if err != nil {
		t.Fatal(err)
	}
	entries, err := ws.ListEntries("sales_pipeline", Query{})
	if err != nil || len(entries) < 2 {
		t.Fatalf("%d entries, %v", len(entries), err)
	}
	ref := []any{map[string]any{"target_object": "people", "target_record_id": ada}}
	for _, e := range entries[:2] {
		if _, err := ws.UpdateEntry("sales_pipeline", e.ID.EntryID,
			map[string]any{"champion": ref}, Overwrite, api); err != nil {
			t.Fatal(err)
		}
	}
	if err := ws.DeleteRecord("people", ada); err != nil {
		t.Fatal(err)
	}
	for _, e := range entries[:2] {
		got, err := ws.GetEntry("sales_pipeline", e.ID.EntryID)
		if err != nil {
			t.Fatal(err)
		}
		if champion := got.Values["champion"]; len(champion) != 0 {
			t.Errorf("entry %s still names the deleted person as its champion: %v",
				e.ID.EntryID, champion)
		}
		values, err := ws.EntryAttributeValues("sales_pipeline", e.ID.EntryID, "champion", true)
		if err != nil || len(values) != 1 || values[0].ActiveUntil == nil {
			t.Errorf("the champion's history: %+v, %v", values, err)
		}
	}
}
