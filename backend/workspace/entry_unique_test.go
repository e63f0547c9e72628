package workspace

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"attio-studio/backend/store"
)

// makeUnique marks an attribute of a seeded list unique, as an imported list may have it.
func makeUnique(t *testing.T, ws *Workspace, list, slug string) {
	t.Helper()
	err := ws.st.Update(func(tx *store.Tx) error {
		lists, err := loadLists(tx)
		if err != nil {
			return err
		}
		for i := range lists {
			for j := range lists[i].Attributes {
				if lists[i].Slug == list && lists[i].Attributes[j].Slug == slug {
					lists[i].Attributes[j].IsUnique = true
					return saveList(tx, &lists[i])
				}
			}
		}
		return errors.New("no such list attribute")
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestUniqueEntryAttributes(t *testing.T) {
	ws := openTest(t)
	makeUnique(t, ws, "sales_pipeline", "next_step")
	taken := map[string]any{"next_step": "Send the renewal quote"} // the renewal entry's
	kestrel := SeedRecordID("deals", "kestrel-fleet-analytics")
	kestrelEntry := stableID("entry", "sales_pipeline", "kestrel-fleet-analytics")

	_, err := ws.CreateEntry("sales_pipeline", "deals", kestrel, taken, api)
	var conflict *ConflictError
	if !errors.As(err, &conflict) || conflict.EntryID != renewalEntry ||
		!strings.Contains(err.Error(), "already used by entry "+renewalEntry) {
		t.Fatalf("a new entry with a taken value: %v", err)
	}
	if _, err := ws.UpdateEntry("sales_pipeline", kestrelEntry, taken, Overwrite, api); !errors.As(
		err, &conflict) {
		t.Fatalf("an entry updated to a taken value: %v", err)
	}
	if _, _, err := ws.AssertEntry("sales_pipeline", "deals", kestrel, taken, api); !errors.As(
		err, &conflict) {
		t.Fatalf("an entry asserted with a taken value: %v", err)
	}
	got, err := ws.GetEntry("sales_pipeline", kestrelEntry)
	if err != nil || got.Values["next_step"][0].String("value") != "Book a demo with Tim" {
		t.Fatalf("a refused write changed the entry: %v %v", got.Values["next_step"], err)
	}

	if _, err := ws.UpdateEntry("sales_pipeline", renewalEntry, taken, Overwrite, api); err != nil {
		t.Errorf("an entry rewriting its own value: %v", err)
	}
	freed := map[string]any{"next_step": "Wait for the budget"}
	if _, err := ws.UpdateEntry("sales_pipeline", renewalEntry, freed, Overwrite, api); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.UpdateEntry("sales_pipeline", kestrelEntry, taken, Overwrite, api); err != nil {
		t.Errorf("a value the other entry replaced is still taken: %v", err)
	}
	if err := ws.DeleteEntry("sales_pipeline", kestrelEntry); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.CreateEntry("sales_pipeline", "deals", kestrel, taken, api); err != nil {
		t.Errorf("a deleted entry's value is still taken: %v", err)
	}
}

func TestImportRefusesDuplicateUniqueEntryValues(t *testing.T) {
	ws := openTest(t)
	makeUnique(t, ws, "sales_pipeline", "next_step")
	doc := edit(t, export(t, ws), func(m map[string]any) {
		first := path(m, "entries", "sales_pipeline", 0, "entry_values", "next_step", 0)
		second := path(m, "entries", "sales_pipeline", 1, "entry_values", "next_step", 0)
		second.(map[string]any)["value"] = first.(map[string]any)["value"]
	})
	err := ws.Import(bytes.NewReader(doc))
	if err == nil || !strings.Contains(err.Error(), "entries.sales_pipeline[1].entry_values."+
		"next_step[0]: is also a value of entry ") {
		t.Errorf("import = %v", err)
	}
}
