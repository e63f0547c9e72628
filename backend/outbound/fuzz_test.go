package outbound

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"testing"
)

// FuzzParseRules checks that no rule file makes the studio panic: parsing, matching, answering,
// rendering callbacks and saving. A file that parses must also survive a save and a re-read.
func FuzzParseRules(f *testing.F) {
	seeds := []string{
		`[]`,
		`[{"method":"POST","url":"https://alc.test/leads","response":{"status":201,` +
			`"headers":{"X-A":"1"},"body":{"id":"l1"},"delayMs":0}}]`,
		`[{"url":"https://*.test/*?q=*","responses":[{"status":202},{"body":"done"}],` +
			`"then":"repeat"}]`,
		`[{"url":"x","response":{"callback":{"afterMs":1,"webhook":"w","method":"PUT",` +
			`"headers":{"X-Ref":"{{request.query.ref}}"},` +
			`"body":{"{{response.body.id}}":["{{request.body.a.0}}","x {{request.headers.h}}"]},` +
			`"sign":{"header":"X-Sig","secret":"s","encoding":"base64","prefix":"v1="}}}}]`,
		`[{"url":"x","response":{"body":"{{"}}]`,
		`[{"url":"\u0000*\\*","response":{"body":"\"\\u00e9\""}}]`,
		`[null, 1, "a"]`,
		`{"mocks":[]}`,
		`[{"url":"x","respone":{}}]`,
		`[{"url":"x","response":{"status":-1,"delayMs":1e99}}]`,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rules, err := ParseRules(data)
		if err != nil {
			return
		}
		exerciseRules(t, rules)
		saved, err := json.MarshalIndent(rules, "  ", "  ")
		if err != nil {
			t.Fatalf("valid rules do not encode: %v", err)
		}
		again, err := ParseRules(saved)
		if err != nil {
			t.Fatalf("saved rules do not parse again: %v\n%s", err, saved)
		}
		first, _ := json.Marshal(rules)
		second, _ := json.Marshal(again)
		if !bytes.Equal(first, second) {
			t.Fatalf("rules changed in a save:\n%s\n%s", first, second)
		}
	})
}

// exerciseRules matches, answers and renders every rule once, without delays or a network.
func exerciseRules(t *testing.T, rules []Rule) {
	u, _ := url.Parse("https://alc.test/leads?ref=r1")
	v := &exchangeValues{method: "POST", url: u, status: 200,
		req:  newSide(http.Header{"H": {"v"}}, []byte(`{"a":[1]}`)),
		resp: newSide(http.Header{}, []byte(`{"id":"x"}`))}
	req, _ := http.NewRequest("POST", u.String(), nil)
	for _, r := range rules {
		m := compile(r)
		m.matches(req)
		for step := range len(r.Responses) + 2 {
			answer := m.answer(step)
			answer.body()
			if cb := answer.Callback; cb != nil {
				out, err := cb.request(context.Background(), v)
				if err != nil {
					t.Fatalf("a valid callback does not render: %v", err)
				}
				out.Body.Close()
			}
		}
	}
}
