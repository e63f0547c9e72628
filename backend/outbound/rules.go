package outbound

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strings"
)

// Rule is one mock answer: requests whose method and URL match get Response without reaching
// the network.
type Rule struct {
	Method   string   `json:"method"`   // "" or "*" matches any method
	URL      string   `json:"url"`      // exact URL, or a pattern with * wildcards
	Response Response `json:"response"` // what to answer
}

// Response is a mock answer.
type Response struct {
	Status  int               `json:"status"` // 0 means 200
	Headers map[string]string `json:"headers"`
	// Body is a JSON value. A JSON string is sent as its text; anything else is sent as JSON.
	Body    json.RawMessage `json:"body"`
	DelayMs int             `json:"delayMs"`
}

// ParseRules reads a JSON array of rules. Errors name the rule index and the field.
func ParseRules(data []byte) ([]Rule, error) {
	var raws []json.RawMessage
	if err := json.Unmarshal(data, &raws); err != nil {
		return nil, fmt.Errorf("mock rules must be a JSON array of rules: %w", err)
	}
	rules := make([]Rule, 0, len(raws))
	for i, raw := range raws {
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		var r Rule
		if err := dec.Decode(&r); err != nil {
			return nil, fmt.Errorf("rule %d: %w", i, err)
		}
		if err := r.validate(); err != nil {
			return nil, fmt.Errorf("rule %d: %w", i, err)
		}
		rules = append(rules, r)
	}
	return rules, nil
}

var methodToken = regexp.MustCompile(`^[A-Za-z]+$`)

func (r Rule) validate() error {
	if r.Method != "" && r.Method != "*" && !methodToken.MatchString(r.Method) {
		return fmt.Errorf("method %q is not an HTTP method (or \"*\" for any)", r.Method)
	}
	if strings.TrimSpace(r.URL) == "" {
		return errors.New("url is empty; give a URL such as https://api.example.com/leads " +
			"or a pattern with *")
	}
	if s := r.Response.Status; s != 0 && (s < 100 || s > 999) {
		return fmt.Errorf("response.status %d is not an HTTP status", s)
	}
	if r.Response.DelayMs < 0 {
		return fmt.Errorf("response.delayMs %d is negative", r.Response.DelayMs)
	}
	if len(r.Response.Body) > 0 && !json.Valid(r.Response.Body) {
		return fmt.Errorf("response.body is not a JSON value")
	}
	return nil
}

// matcher is a Rule ready to test requests against.
type matcher struct {
	rule      Rule
	withQuery bool
	pattern   *regexp.Regexp
}

func compile(r Rule) matcher {
	parts := strings.Split(r.URL, "*")
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	return matcher{rule: r, withQuery: strings.Contains(r.URL, "?"),
		pattern: regexp.MustCompile("^" + strings.Join(parts, ".*") + "$")}
}

// matches reports whether req is answered by the rule. The query string (and fragment) of the
// request is ignored unless the rule's URL has one.
func (m matcher) matches(req *http.Request) bool {
	if m.rule.Method != "" && m.rule.Method != "*" && !strings.EqualFold(m.rule.Method, req.Method) {
		return false
	}
	u := *req.URL
	u.Fragment, u.RawFragment = "", ""
	if !m.withQuery {
		u.RawQuery, u.ForceQuery = "", false
	}
	return m.pattern.MatchString(u.String())
}

// body returns the bytes to send and the content type they imply.
func (r Response) body() ([]byte, string) {
	raw := bytes.TrimSpace(r.Body)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return nil, ""
	}
	if raw[0] == '"' {
		var text string
		if json.Unmarshal(raw, &text) == nil {
			return []byte(text), "text/plain; charset=utf-8"
		}
	}
	return raw, "application/json"
}

func (r Response) status() int {
	if r.Status == 0 {
		return http.StatusOK
	}
	return r.Status
}
