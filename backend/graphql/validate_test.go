package graphql

import (
	"testing"

	"attio-studio/backend/diag"
)

func TestValidateDocument(t *testing.T) {
	tests := []struct {
		name string
		text string
		// want is "" for a good file, else the first diagnostic's text.
		want         string
		line, column int
		lineText     string
	}{
		{"the example app's query", getPerson, "", 0, 0, ""},
		{"query with a fragment",
			"query q { person(id: \"x\") { ...f } }\nfragment f on Person { job_title }",
			"", 0, 0, ""},
		{"mutation", "mutation addPerson {\n  person(id: \"x\") { id }\n}",
			`A GraphQL file may only hold a query, and this mutation "addPerson" is not one.`,
			1, 1, "mutation addPerson {"},
		{"subscription", "query a { currentUser { id } }\nsubscription { currentUser { id } }",
			`A GraphQL file may only hold a query, and this subscription (unnamed) is not one.`,
			2, 1, "subscription { currentUser { id } }"},
		{"two queries", "query a { currentUser { id } }\nquery b { currentUser { id } }",
			"The GraphQL file holds 2 operations; it must hold exactly one query.", 2, 1,
			"query b { currentUser { id } }"},
		{"only a fragment", "fragment f on Person { job_title }",
			"The GraphQL file has no query; it must hold exactly one.", 1, 1, ""},
		{"unknown field", "query q {\n  person(id: \"x\") {\n    nickname\n  }\n}",
			`Cannot query field "nickname" on type "Person". Did you mean "name"?`, 3, 5,
			"    nickname"},
		{"syntax error", "query q {\n  person(id: \"x\" {\n}",
			"Expected Name, found {", 2, 18, `  person(id: "x" {`},
		{"undefined variable", "query q { person(id: $id) { id } }",
			`Variable "$id" is not defined by operation "q".`, 1, 22, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := ValidateDocument(tt.text)
			if tt.want == "" {
				if len(ds) > 0 {
					t.Fatalf("unexpected diagnostics: %v", ds)
				}
				return
			}
			if len(ds) == 0 {
				t.Fatalf("no diagnostics, want %q", tt.want)
			}
			d := ds[0]
			if d.Severity != diag.Error || d.Text != tt.want || d.Line != tt.line ||
				d.Column != tt.column {
				t.Errorf("got %s at %d:%d, want %q at %d:%d", d.Text, d.Line, d.Column,
					tt.want, tt.line, tt.column)
			}
			if tt.lineText != "" && d.LineText != tt.lineText {
				t.Errorf("line text %q, want %q", d.LineText, tt.lineText)
			}
		})
	}
}

// A diagnostic must read well once the bundler names the file.
func TestValidateDocumentRendersWithFile(t *testing.T) {
	ds := ValidateDocument("query q {\n  person(id: \"x\") {\n    nickname\n  }\n}")
	d := ds[0]
	d.File = "src/get-person.graphql"
	got := d.String()
	want := "src/get-person.graphql:3:5: error: Cannot query field \"nickname\" on type " +
		"\"Person\". Did you mean \"name\"?\n        nickname\n        ^"
	if got != want {
		t.Errorf("rendered:\n%s\nwant:\n%s", got, want)
	}
}
