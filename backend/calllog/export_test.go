package calllog

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTimelineRoundTrip(t *testing.T) {
	l, _ := openLog(t)
	ids := seed(t, l)
	calls, err := l.Export([]string{ids["action"]})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(NewTimeline("ALC", calls))
	back, err := ReadTimeline(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if back.App != "ALC" || len(back.Calls) != 4 || back.Calls[0].ID != ids["action"] {
		t.Fatalf("read back %d calls of %q, first %s", len(back.Calls), back.App, back.Calls[0].ID)
	}
	if diff := cmp.Diff(calls[2].Requests, back.Calls[2].Requests); diff != "" {
		t.Errorf("requests changed on the way (-want +got):\n%s", diff)
	}
	all, _ := l.Export(nil)
	if len(all) != 5 || all[0].ID != ids["action"] {
		t.Errorf("exporting everything gave %d calls", len(all))
	}
	if _, err := l.Export([]string{"nope"}); err == nil {
		t.Error("exporting a missing call is not an error")
	}
}

func TestReadTimelineSaysWhatIsWrong(t *testing.T) {
	tests := []struct{ name, doc, want string }{
		{"not JSON", `{`, "not JSON"},
		{"another document", `{"format":"attio-studio/fixture"}`, "not a timeline"},
		{"newer", `{"format":"attio-studio/timeline","version":9}`, "version 9"},
		{"call without id", `{"format":"attio-studio/timeline","version":1,"calls":[{}]}`,
			"call 1 of the timeline has no id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadTimeline(strings.NewReader(tt.doc))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestFixtureHasTheServerCallsWithTheirOutboundAnswers(t *testing.T) {
	l, _ := openLog(t)
	ids := seed(t, l)
	calls, _ := l.Export([]string{ids["action"]})
	calls[2].World = &World{Origin: 1_700_000_000_000_000, Clock: []int64{1_700_000_000_001_500}}
	f := NewFixture("ALC", calls, func(k Kind, name string) string {
		if name == "send-to-alc.server" {
			return "src/send-to-alc.server.ts"
		}
		return ""
	})
	if f.Format != FixtureFormat || len(f.About) == 0 {
		t.Errorf("the fixture has no header: %+v", f)
	}
	var names []string
	for _, c := range f.Cases {
		names = append(names, c.Name)
	}
	if diff := cmp.Diff([]string{"send-to-alc.server", "lead-processed"}, names); diff != "" {
		t.Fatalf("cases (-want +got):\n%s", diff)
	}
	c := f.Cases[0]
	want := FixtureCase{CallID: ids["server"], Kind: KindServerFunction,
		Name: "send-to-alc.server", File: "src/send-to-alc.server.ts", Args: raw(`["rec-1"]`),
		Error: &FixtureError{Name: "Error", Message: "refused the lead: 503"},
		Outbound: []FixtureExchange{{Method: "POST", URL: "https://alc.test/leads",
			Response: &FixtureResponse{Status: 503, Body: `{"error":"Overloaded"}`}}},
		Clock: []float64{1_700_000_000_001.5}, TimeOrigin: 1_700_000_000_000}
	if diff := cmp.Diff(want, c); diff != "" {
		t.Errorf("case (-want +got):\n%s", diff)
	}
	if string(f.Cases[1].Result) != `{"status":204}` {
		t.Errorf("webhook result = %s", f.Cases[1].Result)
	}
}
