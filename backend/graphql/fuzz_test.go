package graphql

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
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
		{"{ " + strings.Repeat("a: __typename ", 1200) + "}", ``},
		{laughs(12), ``},
		{strings.Repeat("{ a ", 1100) + strings.Repeat("}", 1100), ``},
		{`query($v: [[[String]]]) { records(ids: $v, object: "people") { id } }`,
			`{"v":[[["x"]]]}`},
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

// laughs is a query whose fragments each spread the next twice: 2^depth fields once expanded.
func laughs(depth int) string {
	var b strings.Builder
	b.WriteString(`{ person(id: "` + ada + `") { ...f0 } }` + "\n")
	for i := range depth {
		fmt.Fprintf(&b, "fragment f%d on Person { ...f%d ...f%d }\n", i, i+1, i+1)
	}
	fmt.Fprintf(&b, "fragment f%d on Person { id }\n", depth)
	return b.String()
}

// TestHugeQueriesAreRefused sends queries whose validation or execution would grow without
// bound: each gets one clear error instead of holding the studio.
func TestHugeQueriesAreRefused(t *testing.T) {
	s, _ := newSchema(t)
	for name, query := range map[string]string{
		"aliases":          "{ " + strings.Repeat("a: __typename ", 100_000) + "}",
		"fragment doubles": laughs(40),
	} {
		t.Run(name, func(t *testing.T) {
			resp := s.Execute(context.Background(), Request{Query: query})
			if len(resp.Errors) != 1 || !strings.Contains(resp.Errors[0].Message,
				fmt.Sprintf("more than %d fields", MaxFields)) {
				t.Fatalf("errors %+v", resp.Errors)
			}
		})
	}
	// A small query whose answer grows exponentially: each company's team holds its people.
	// The limit is lowered so that reaching it takes little time under the race detector.
	defer func(limit int) { MaxResolvedFields = limit }(MaxResolvedFields)
	MaxResolvedFields = 2000
	fanOut := `{ person(id: "` + ada + `") { ` + strings.Repeat("company { team { ", 60) + "id" +
		strings.Repeat(" } }", 60) + " } }"
	resp := s.Execute(context.Background(), Request{Query: fanOut})
	want := fmt.Sprintf("The answer grew past %d fields", MaxResolvedFields)
	if len(resp.Errors) != 1 || !strings.HasPrefix(resp.Errors[0].Message, want) {
		t.Errorf("a fanning-out query got errors %+v", resp.Errors)
	}
	small := laughs(5) // 32 fields: fine
	if resp := s.Execute(context.Background(), Request{Query: small}); len(resp.Errors) != 0 {
		t.Errorf("a query of 32 fields was refused: %+v", resp.Errors)
	}
}
