package calllog

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDiff(t *testing.T) {
	tests := []struct {
		name          string
		before, after string
		want          []Difference
	}{
		{"equal objects in another key order", `{"a":1,"b":[1,2]}`, `{"b":[1,2],"a":1}`, nil},
		{"equal numbers written alike", `{"n":1.50}`, `{"n":1.50}`, nil},
		{"both empty", ``, ``, nil},
		{"a changed value", `{"leadId":"lead_1"}`, `{"leadId":"lead_2"}`,
			[]Difference{{Path: "$.leadId", Change: "changed",
				Before: raw(`"lead_1"`), After: raw(`"lead_2"`)}}},
		{"added and removed keys", `{"a":1,"gone":true}`, `{"a":1,"new":null}`,
			[]Difference{
				{Path: "$.gone", Change: "removed", Before: raw(`true`)},
				{Path: "$.new", Change: "added", After: raw(`null`)},
			}},
		{"array elements", `[1,{"x":1}]`, `[1,{"x":2},3]`,
			[]Difference{
				{Path: "$[1].x", Change: "changed", Before: raw(`1`), After: raw(`2`)},
				{Path: "$[2]", Change: "added", After: raw(`3`)},
			}},
		{"keys that are not identifiers", `{"a b":1}`, `{"a b":2}`,
			[]Difference{{Path: `$["a b"]`, Change: "changed", Before: raw(`1`), After: raw(`2`)}}},
		{"type changed", `{"a":[1]}`, `{"a":{"0":1}}`,
			[]Difference{{Path: "$.a", Change: "changed", Before: raw(`[1]`), After: raw(`{"0":1}`)}}},
		{"nothing against something", ``, `{"a":1}`,
			[]Difference{{Path: "$", Change: "changed", Before: raw(`null`), After: raw(`{"a":1}`)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Diff(raw(tt.before), raw(tt.after))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func raw(s string) json.RawMessage {
	if s == "" {
		return nil
	}
	return json.RawMessage(s)
}
