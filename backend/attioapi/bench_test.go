package attioapi_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"attio-studio/backend/attioapi"
	"attio-studio/backend/workspace/workspacetest"
)

// benchSizes are the workspace sizes the benchmarks run at, so their output shows how the cost
// grows with the number of people.
var benchSizes = []struct {
	name   string
	people int
}{{"1k", 1_000}, {"10k", 10_000}, {"100k", 100_000}}

// BenchmarkFilteredQuery runs a filtered, sorted records query over HTTP at each size; the
// studio promises under 50 ms at 100,000 people.
func BenchmarkFilteredQuery(b *testing.B) {
	const body = `{"filter":{"$and":[{"name":{"first_name":{"$eq":"Grace"}}},` +
		`{"primary_location":{"locality":"Boston"}},{"job_title":{"$contains":"cto"}}]},` +
		`"sorts":[{"attribute":"name","field":"last_name","direction":"asc"}],"limit":50}`
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			l := workspacetest.Open(b, size.people)
			h := attioapi.New(l.Workspace, "bench", nil)
			var lat workspacetest.Latencies
			for b.Loop() {
				lat.Time(func() {
					req := httptest.NewRequest("POST", "/v2/objects/people/records/query",
						strings.NewReader(body))
					req.Header.Set("Authorization", "Bearer bench")
					rec := httptest.NewRecorder()
					h.ServeHTTP(rec, req)
					if rec.Code != http.StatusOK {
						b.Fatalf("status %d: %s", rec.Code, rec.Body)
					}
				})
			}
			lat.Report(b)
		})
	}
}
