package graphql_test

import (
	"context"
	"testing"

	"attio-studio/backend/graphql"
	"attio-studio/backend/workspace/workspacetest"
)

// BenchmarkPersonQuery runs the example app's person query against 100,000 people; the studio
// promises a p50 under 2 ms.
func BenchmarkPersonQuery(b *testing.B) {
	l := workspacetest.Open(b, 100_000)
	s := graphql.New(l.Workspace)
	const query = `query getPerson($recordId: String!) {
  person(id: $recordId) { name { full_name } phone_numbers email_addresses
    company { name domains } } }`
	var lat workspacetest.Latencies
	for i := 0; b.Loop(); i++ {
		vars := map[string]any{"recordId": l.PersonIDs[i*7919%len(l.PersonIDs)]}
		lat.Time(func() {
			resp := s.Execute(context.Background(), graphql.Request{Query: query,
				Variables: vars})
			if len(resp.Errors) > 0 {
				b.Fatal(resp.Errors)
			}
		})
	}
	lat.Report(b)
}
