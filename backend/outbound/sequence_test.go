package outbound

import (
	"context"
	"strings"
	"testing"
)

func TestSequences(t *testing.T) {
	steps := []Response{{Status: 202, Body: []byte(`{"state":"queued"}`)},
		{Status: 200, Body: []byte(`{"state":"running"}`)},
		{Status: 200, Body: []byte(`{"state":"done"}`)}}
	tests := []struct {
		name string
		then string
		want []string // the body of each request in turn
	}{
		{"repeats the last answer by default", "",
			[]string{"queued", "running", "done", "done", "done"}},
		{"then last", ThenLast, []string{"queued", "running", "done", "done"}},
		{"then repeat starts over", ThenRepeat,
			[]string{"queued", "running", "done", "queued", "running"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(Options{Rules: []Rule{{URL: "https://alc.test/status", Responses: steps,
				Then: tt.then}}})
			for i, want := range tt.want {
				r := send(t, c, context.Background(), "GET", "https://alc.test/status", "")
				if r.err != nil || !strings.Contains(r.body, want) {
					t.Fatalf("request %d: %q %v, want %q", i, r.body, r.err, want)
				}
			}
		})
	}
}

func TestSequenceKeepsItsPlaceWhileItsRuleIsUnchanged(t *testing.T) {
	seq := Rule{URL: "https://alc.test/s", Responses: []Response{{Body: []byte(`"one"`)},
		{Body: []byte(`"two"`)}, {Body: []byte(`"three"`)}}}
	other := Rule{URL: "https://alc.test/other"}
	c := New(Options{Rules: []Rule{seq}})
	next := func() string {
		return send(t, c, context.Background(), "GET", "https://alc.test/s", "").body
	}
	if got := next(); got != "one" {
		t.Fatalf("first answer %q", got)
	}

	c.SetRules([]Rule{other, seq}) // the studio file was saved with another rule added
	if got := next(); got != "two" {
		t.Errorf("after an unrelated edit the sequence answered %q, want two", got)
	}

	edited := seq
	edited.Then = ThenRepeat
	c.SetRules([]Rule{edited})
	if got := next(); got != "one" {
		t.Errorf("after editing the rule the sequence answered %q, want it to start over", got)
	}
}
