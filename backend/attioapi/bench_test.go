package attioapi_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"attio-studio/backend/attioapi"
	"attio-studio/backend/workspace/workspacetest"
)

// BenchmarkFilteredQuery runs a filtered records query over HTTP against 100,000 people; the
// studio promises under 50 ms.
func BenchmarkFilteredQuery(b *testing.B) {
	l := workspacetest.Open(b, 100_000)
	h := attioapi.New(l.Workspace, "bench", nil)
	const body = `{"filter":{"$and":[{"name":{"first_name":{"$eq":"Grace"}}},` +
		`{"primary_location":{"locality":"Boston"}},{"job_title":{"$contains":"cto"}}]},` +
		`"sorts":[{"attribute":"name","field":"last_name","direction":"asc"}],"limit":50}`
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
}
