package outbound

import (
	"encoding/json"
	"net/http"
	"strings"
)

// SetRules replaces the mock rules; the first matching rule answers. A sequence keeps its place
// when its rule is unchanged (same JSON), so saving the studio file does not rewind it; a new or
// edited rule starts from its first answer. Rules that fail Validate are left out and logged
// (ParseRules never returns such rules). The client keeps its own copy of the rules.
func (c *Client) SetRules(rules []Rule) {
	ms := make([]matcher, 0, len(rules))
	for i, r := range rules {
		if err := r.Validate(); err != nil {
			c.logger.Warn("mock rule left out", "rule", i, "err", err)
			continue
		}
		ms = append(ms, compile(cloneRule(r)))
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	steps := make(map[string]int, len(c.steps))
	for _, m := range ms {
		if n, ok := c.steps[m.key]; ok {
			steps[m.key] = n
		}
	}
	c.rules, c.steps = ms, steps
}

// Rules returns a copy of the rules in force, including those record mode added. The caller
// may change it freely.
func (c *Client) Rules() []Rule {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]Rule, len(c.rules))
	for i, m := range c.rules {
		out[i] = cloneRule(m.rule)
	}
	return out
}

// cloneRule copies r with its maps, bodies and callback. r is valid, so its JSON round trip
// cannot fail and loses nothing.
func cloneRule(r Rule) Rule {
	raw, err := json.Marshal(r)
	if err != nil {
		return r
	}
	var out Rule
	if err := json.Unmarshal(raw, &out); err != nil {
		return r
	}
	return out
}

// nextAnswer finds the first rule matching req and takes its next answer.
func (c *Client) nextAnswer(req *http.Request) (Response, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, m := range c.rules {
		if !m.matches(req) {
			continue
		}
		step := c.steps[m.key]
		// A sequence that repeats its last answer stops counting there, so the count stays small.
		if n := len(m.rule.Responses); n > 0 && (m.rule.Then == ThenRepeat || step < n) {
			c.steps[m.key] = step + 1
		}
		return m.answer(step), true
	}
	return Response{}, false
}

// addRecorded appends a rule made by record mode, unless a rule for the same method and URL
// already exists (two identical requests recorded at once), then tells Options.Recorded.
func (c *Client) addRecorded(r Rule) {
	c.mu.Lock()
	for _, m := range c.rules {
		if strings.EqualFold(m.rule.Method, r.Method) && m.rule.URL == r.URL {
			c.mu.Unlock()
			return
		}
	}
	c.rules = append(c.rules[:len(c.rules):len(c.rules)], compile(r))
	c.mu.Unlock()
	c.logger.Info("recorded a mock rule", "method", r.Method, "url", r.URL,
		"status", r.Response.Status)
	if c.recorded != nil {
		c.recordMu.Lock()
		defer c.recordMu.Unlock()
		c.recorded(r)
	}
}
