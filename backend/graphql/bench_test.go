package graphql_test

import (
	"context"
	"testing"

	"attio-studio/backend/graphql"
	"attio-studio/backend/workspace/workspacetest"
)

// benchSizes are the workspace sizes the data benchmarks run at, so their output shows how the
// cost grows with the number of people; the studio promises to stay fast at 100,000.
var benchSizes = []struct {
	name   string
	people int
}{{"1k", 1_000}, {"10k", 10_000}, {"100k", 100_000}}

// BenchmarkPersonQuery runs the example app's person query at each size; the studio promises a
// p50 under 2 ms at 100,000 people.
func BenchmarkPersonQuery(b *testing.B) {
	const query = `query getPerson($recordId: String!) {
  person(id: $recordId) { name { full_name } phone_numbers email_addresses
    company { name domains } } }`
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			l := workspacetest.Open(b, size.people)
			s := graphql.New(l.Workspace)
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
		})
	}
}
