package workspace

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"attio-studio/backend/store"
)

// retitle writes n job titles to Ada, one write each.
func retitle(t testing.TB, ws *Workspace, n int) {
	t.Helper()
	for i := range n {
		_, err := ws.UpdateRecord("people", ada, map[string]any{"job_title": fmt.Sprintf("Title %d", i)},
			Append, api)
		if err != nil {
			t.Fatal(err)
		}
	}
}

// storedValues is what the record's own key holds for slug, history not included.
func storedValues(t *testing.T, ws *Workspace, object, id, slug string) []Value {
	t.Helper()
	obj, err := ws.Object(object)
	if err != nil {
		t.Fatal(err)
	}
	var r Record
	ws.st.View(func(tx *store.Tx) error {
		_, err = tx.Get(recordsBucket(obj.ID), id, &r)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return r.Values[slug]
}

func titles(values []Value) []string {
	var out []string
	for _, v := range values {
		out = append(out, v.String("value"))
	}
	return out
}

func TestEndedValuesAreKeptApartFromTheRecordAndReadBackInOrder(t *testing.T) {
	ws := openTest(t)
	before, err := ws.AttributeValues("people", ada, "job_title", true)
	if err != nil {
		t.Fatal(err)
	}
	retitle(t, ws, 5)

	if got := titles(storedValues(t, ws, "people", ada, "job_title")); len(got) != 1 ||
		got[0] != "Title 4" {
		t.Errorf("the record itself holds %v, want only the current title", got)
	}
	all, err := ws.AttributeValues("people", ada, "job_title", true)
	if err != nil {
		t.Fatal(err)
	}
	want := append(titles(before), "Title 0", "Title 1", "Title 2", "Title 3", "Title 4")
	if got := titles(all); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("historic values %v, want %v", got, want)
	}
	for i, v := range all {
		if current := i == len(all)-1; v.Current() != current {
			t.Errorf("value %d (%s) current: %v", i, v.String("value"), v.Current())
		}
	}
	current, _ := ws.AttributeValues("people", ada, "job_title", false)
	if got := titles(current); fmt.Sprint(got) != "[Title 4]" {
		t.Errorf("current values %v", got)
	}
}

func TestHistoryTravelsThroughExportAndImport(t *testing.T) {
	ws := openTest(t)
	retitle(t, ws, 3)
	var exported bytes.Buffer
	if err := ws.Export(&exported); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Records map[string][]Record `json:"records"`
	}
	if err := json.Unmarshal(exported.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	var inDoc []string
	for _, r := range doc.Records["people"] {
		if r.ID.RecordID == ada {
			inDoc = titles(r.Values["job_title"])
		}
	}
	if len(inDoc) < 3 {
		t.Fatalf("the export has Ada's titles %v, want her history in it", inDoc)
	}

	other := openTest(t)
	if err := other.Import(bytes.NewReader(exported.Bytes())); err != nil {
		t.Fatal(err)
	}
	all, err := other.AttributeValues("people", ada, "job_title", true)
	if err != nil {
		t.Fatal(err)
	}
	if got := titles(all); fmt.Sprint(got) != fmt.Sprint(inDoc) {
		t.Errorf("after import the history is %v, want %v", got, inDoc)
	}
	if got := storedValues(t, other, "people", ada, "job_title"); len(got) != 1 {
		t.Errorf("the imported record holds %d values itself, want the current one", len(got))
	}
}

func TestDeletingARecordForgetsItsHistory(t *testing.T) {
	ws := openTest(t)
	retitle(t, ws, 3)
	if err := ws.DeleteRecord("people", ada); err != nil {
		t.Fatal(err)
	}
	obj, _ := ws.Object("people")
	ws.st.View(func(tx *store.Tx) error {
		return tx.ForEachPrefix(historyBucket(obj.ID), historyPrefix(ada),
			func(key string, _ []byte) error {
				t.Errorf("history key %s outlived its record", key)
				return nil
			})
	})
}

// A data file written when records kept their history inline still reads whole, and the next
// write moves the history out.
func TestInlineHistoryFromAnOlderFileIsReadAndMovedOut(t *testing.T) {
	ws := openTest(t)
	obj, _ := ws.Object("people")
	err := ws.st.Update(func(tx *store.Tx) error {
		var r Record
		if _, err := tx.Get(recordsBucket(obj.ID), ada, &r); err != nil {
			return err
		}
		old := r.Values["job_title"][0]
		old.Fields = map[string]any{"value": "Analyst"}
		until := Timestamp{old.ActiveFrom.Add(1)}
		old.ActiveUntil = &until
		r.Values["job_title"] = append([]Value{old}, r.Values["job_title"]...)
		return tx.Put(recordsBucket(obj.ID), ada, r)
	})
	if err != nil {
		t.Fatal(err)
	}
	all, _ := ws.AttributeValues("people", ada, "job_title", true)
	if len(all) != 2 || all[0].String("value") != "Analyst" {
		t.Fatalf("historic values %v, want the inline ended one first", titles(all))
	}
	retitle(t, ws, 1)
	if got := storedValues(t, ws, "people", ada, "job_title"); len(got) != 1 {
		t.Errorf("after a write the record holds %v, want only the current title", titles(got))
	}
	all, _ = ws.AttributeValues("people", ada, "job_title", true)
	if len(all) != 3 || all[0].String("value") != "Analyst" || all[2].String("value") != "Title 0" {
		t.Errorf("historic values %v after the write", titles(all))
	}
}

// BenchmarkWriteAfterLongHistory is one write to a record whose attribute has already changed
// 2,000 times: the cost stays that of a write to a fresh record.
func BenchmarkWriteAfterLongHistory(b *testing.B) {
	st, err := store.Open(b.TempDir() + "/studio.db")
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ws, err := Open(st, nil)
	if err != nil {
		b.Fatal(err)
	}
	retitle(b, ws, 2000)
	for b.Loop() {
		retitle(b, ws, 1)
	}
}
