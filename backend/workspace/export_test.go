package workspace

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func export(t *testing.T, ws *Workspace) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := ws.Export(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestExportImportRoundTrip(t *testing.T) {
	src := openTest(t)
	if _, err := src.UpdateRecord("people", ada, map[string]any{"job_title": "Countess"},
		Append, api); err != nil {
		t.Fatal(err)
	}
	if _, err := src.AddConnection(Connection{Kind: "workspace", Value: "s3cret"}); err != nil {
		t.Fatal(err)
	}
	doc := export(t, src)

	dst := openTest(t)
	if err := dst.DeleteRecord("people", grace); err != nil {
		t.Fatal(err)
	}
	var changes []Change
	defer dst.Subscribe(collect(&changes))()
	if err := dst.Import(bytes.NewReader(doc)); err != nil {
		t.Fatal(err)
	}
	if again := export(t, dst); !bytes.Equal(again, doc) {
		t.Error("exporting an imported document gives a different document")
	}
	history, err := dst.AttributeValues("people", ada, "job_title", true)
	if err != nil || len(history) != 2 || history[1].String("value") != "Countess" {
		t.Errorf("imported history = %v, %v", history, err)
	}
	if _, err := dst.GetRecord("people", grace); err != nil {
		t.Errorf("Grace is not back after the import: %v", err)
	}
	if len(changes) != 1 || changes[0].Kind != ChangeReset {
		t.Errorf("changes = %v, want one reset", changes)
	}
	// The indexes came back too: unique values conflict and entries are found.
	_, err = dst.CreateRecord("people", map[string]any{"email_addresses": "ada@lumenlabs.example"},
		api)
	var conflict *ConflictError
	if !errors.As(err, &conflict) {
		t.Errorf("a taken email after import: %v", err)
	}
	if es, _ := dst.RecordEntries("deals", renewal); len(es) != 1 {
		t.Errorf("renewal entries after import = %v", es)
	}
}

// edit decodes the default document, applies change, and encodes it again.
func edit(t *testing.T, doc []byte, change func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(doc, &m); err != nil {
		t.Fatal(err)
	}
	change(m)
	out, _ := json.Marshal(m)
	return out
}

func path(v any, keys ...any) any {
	for _, k := range keys {
		switch k := k.(type) {
		case string:
			v = v.(map[string]any)[k]
		case int:
			v = v.([]any)[k]
		}
	}
	return v
}

func TestImportRefusesBadDocuments(t *testing.T) {
	ws := openTest(t)
	doc := export(t, ws)
	person := func(m map[string]any) map[string]any {
		return path(m, "records", "people", 0).(map[string]any)
	}
	tests := []struct {
		name string
		doc  []byte
		want string
	}{
		{"not JSON", []byte("{\n  \"format\": oops"), "workspace document: is not valid " +
			"JSON at line 2, column 13: invalid character 'o' looking for beginning of value"},
		{"empty", nil, "workspace document: is empty or cut short"},
		{"wrong type", []byte(`{"version":"one"}`),
			"workspace document: version: must be a number, not string"},
		{"unknown field", []byte(`{"recods":{}}`),
			`workspace document: unknown field "recods"`},
		{"format", edit(t, doc, func(m map[string]any) { m["format"] = "csv" }),
			`workspace document: format: is "csv"; a workspace document's format is ` +
				`"attio-studio-workspace"`},
		{"unknown attribute", edit(t, doc, func(m map[string]any) {
			person(m)["values"].(map[string]any)["shoe_size"] = []any{}
		}), "workspace document: records.people[0].values.shoe_size: people have no " +
			"attribute with this api_slug"},
		{"wrong value shape", edit(t, doc, func(m map[string]any) {
			v := path(person(m), "values", "email_addresses", 0).(map[string]any)
			delete(v, "email_address")
		}), "workspace document: records.people[0].values.email_addresses[0]: needs " +
			"email_address as text"},
		{"wrong attribute type", edit(t, doc, func(m map[string]any) {
			v := path(person(m), "values", "job_title", 0).(map[string]any)
			v["attribute_type"] = "number"
		}), `workspace document: records.people[0].values.job_title[0].attribute_type: is ` +
			`"number", but job_title has type text`},
		{"missing target", edit(t, doc, func(m map[string]any) {
			v := path(person(m), "values", "company", 0).(map[string]any)
			v["target_record_id"] = "gone"
		}), `workspace document: records.people[0].values.company[0].target_record_id: ` +
			`companies has no record "gone"`},
		{"duplicate unique value", edit(t, doc, func(m map[string]any) {
			other := path(m, "records", "people", 1).(map[string]any)
			other["values"].(map[string]any)["email_addresses"] =
				person(m)["values"].(map[string]any)["email_addresses"]
		}), "workspace document: records.people[1].values.email_addresses[0]: is also a " +
			"value of record " + ada + ", and email_addresses must be unique"},
		{"unknown list", edit(t, doc, func(m map[string]any) {
			m["entries"].(map[string]any)["pipeline"] = []any{}
		}), "workspace document: entries.pipeline: names no list of the document"},
		{"one-sided relationship", edit(t, doc, func(m map[string]any) {
			v := path(m, "records", "companies", 0, "values").(map[string]any)
			v["team"] = []any{}
		}), "workspace document: records.people[0].values.company[0]: points at " +
			"companies record " + lumen + ", whose team does not point back; Attio " +
			"keeps both sides of a relationship"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ws.Import(bytes.NewReader(tt.doc))
			var ie *ImportError
			if !errors.As(err, &ie) || err.Error() != tt.want {
				t.Fatalf("error =\n  %v\nwant\n  %s", err, tt.want)
			}
			if after := export(t, ws); !bytes.Equal(after, doc) {
				t.Error("a refused import changed the workspace")
			}
		})
	}
	if !strings.Contains(string(doc), `"format": "attio-studio-workspace"`) {
		t.Errorf("the document does not start with its format")
	}
}
