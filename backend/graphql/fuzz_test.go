package graphql

import (
	"context"
	"encoding/json"
	"testing"
)

// FuzzExecute feeds any query text and variables to the executor: it must answer every one
// with a response that encodes, never panic. The seeds run as a normal test.
func FuzzExecute(f *testing.F) {
	seeds := []struct{ query, vars string }{
		{getPerson, `{"recordId":"` + ada + `"}`},
		{getPerson, `{"recordId":7}`},
		{getPerson, `{}`},
		{`{ record(id: "x", object: "people") { id ... on Person { name { full_name } } } }`, ``},
		{`{ people { record(id: "` + grace + `") { company { team { name { first_name } } } } } }`,
			``},
		{`{ person(id: "` + ada + `") { a: attribute(slug: "name") { __typename
		   ... on PersonalNameValue { value { full_name } } } list_entries { id } } }`, ``},
		{`query($ids: [String!]!) { records(ids: $ids, object: "deals") { id } }`,
			`{"ids":["x",null]}`},
		{`{ __schema { types { name fields { name } } } }`, ``},
		{`{ __type(name: "Query") { fields { name args { name } } } }`, ``},
		{`{ experimental_searchRecords(query: "", object: "nope") { id } }`, ``},
		{`query a { currentUser { id } } query b { currentWorkspace { id } }`, ``},
		{`fragment f on Person { ...f } { person(id: "x") { ...f } }`, ``},
		{`{ person(id: "x") { name @skip(if: $nope) { first_name } } }`, ``},
		{"{", ``},
		{"", `null`},
		{`mutation { person(id: "x") { id } }`, `[]`},
	}
	for _, s := range seeds {
		f.Add(s.query, s.vars)
	}
	s, _ := newSchema(f)
	f.Fuzz(func(t *testing.T, query, vars string) {
		var variables map[string]any
		json.Unmarshal([]byte(vars), &variables)
		resp := s.Execute(context.Background(), Request{Query: query, Variables: variables})
		if _, err := json.Marshal(resp); err != nil {
			t.Fatalf("the response does not encode: %v", err)
		}
		if resp.Data == nil {
			t.Fatal("the response has no data member")
		}
	})
}
