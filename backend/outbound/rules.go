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

// Rule is one mock answer: requests whose method and URL match get Response (or the next of
// Responses) without reaching the network.
type Rule struct {
	Method string `json:"method,omitempty"` // "" or "*" matches any method
	URL    string `json:"url"`              // exact URL, or a pattern with * wildcards
	// Response is the answer of a rule that always answers the same.
	Response Response `json:"response,omitzero"`
	// Responses is a sequence: each matching request takes the next answer. After the last,
	// Then decides: ThenLast (the default) repeats the last answer, ThenRepeat starts over.
	Responses []Response `json:"responses,omitempty"`
	Then      string     `json:"then,omitempty"`
}

// What a sequence does after its last answer.
const (
	ThenLast   = "last"
	ThenRepeat = "repeat"
)

// Response is a mock answer.
type Response struct {
	Status  int               `json:"status,omitempty"` // 0 means 200
	Headers map[string]string `json:"headers,omitempty"`
	// Body is a JSON value. A JSON string is sent as its text; anything else is sent as JSON.
	Body    json.RawMessage `json:"body,omitempty"`
	DelayMs int             `json:"delayMs,omitempty"`
	// Callback, when set, is delivered to a webhook handler after this answer was sent.
	Callback *Callback `json:"callback,omitempty"`
}

// ParseRules reads a JSON array of rules. Errors name the rule index and the field. It never
// panics, whatever the bytes.
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
		if err := r.Validate(); err != nil {
			return nil, fmt.Errorf("rule %d: %w", i, err)
		}
		rules = append(rules, r)
	}
	return rules, nil
}

// ValidateRules checks every rule, naming the index of the first bad one.
func ValidateRules(rules []Rule) error {
	for i, r := range rules {
		if err := r.Validate(); err != nil {
			return fmt.Errorf("rule %d: %w", i, err)
		}
	}
	return nil
}

var methodToken = regexp.MustCompile(`^[A-Za-z]+$`)

// Validate reports the first field of r that a Client could not use, naming it.
func (r Rule) Validate() error {
	if r.Method != "" && r.Method != "*" && !methodToken.MatchString(r.Method) {
		return fmt.Errorf("method %q is not an HTTP method (or \"*\" for any)", r.Method)
	}
	if strings.TrimSpace(r.URL) == "" {
		return errors.New("url is empty; give a URL such as https://api.example.com/leads " +
			"or a pattern with *")
	}
	if len(r.Responses) > 0 && !r.Response.IsZero() {
		return errors.New(`give either "response" or "responses", not both`)
	}
	switch r.Then {
	case "", ThenLast, ThenRepeat:
	default:
		return fmt.Errorf("then %q must be %q or %q", r.Then, ThenLast, ThenRepeat)
	}
	if r.Then != "" && len(r.Responses) == 0 {
		return errors.New(`"then" only applies to a "responses" sequence`)
	}
	if err := r.Response.validate("response"); err != nil {
		return err
	}
	for i, resp := range r.Responses {
		if err := resp.validate(fmt.Sprintf("responses[%d]", i)); err != nil {
			return err
		}
	}
	return nil
}

func (r Response) validate(field string) error {
	if s := r.Status; s != 0 && (s < 100 || s > 999) {
		return fmt.Errorf("%s.status %d is not an HTTP status", field, s)
	}
	if r.DelayMs < 0 {
		return fmt.Errorf("%s.delayMs %d is negative", field, r.DelayMs)
	}
	if len(r.Body) > 0 && !json.Valid(r.Body) {
		return fmt.Errorf("%s.body is not a JSON value", field)
	}
	if err := validateHeaders(field+".headers", r.Headers); err != nil {
		return err
	}
	if r.Callback != nil {
		if err := r.Callback.validate(); err != nil {
			return fmt.Errorf("%s.callback.%w", field, err)
		}
	}
	return nil
}

// IsZero reports whether r says nothing. encoding/json's omitzero asks it, so a response with
// only an empty headers object is left out of a saved rule exactly as it reads back.
func (r Response) IsZero() bool {
	return r.Status == 0 && len(r.Headers) == 0 && len(r.Body) == 0 && r.DelayMs == 0 &&
		r.Callback == nil
}

// validateHeaders refuses names that are not HTTP tokens and values with line breaks, so that
// a rule never makes the transport or the app's Headers object refuse the answer.
func validateHeaders(field string, headers map[string]string) error {
	for name, value := range headers {
		if !validHeaderName(name) {
			return fmt.Errorf("%s: %q is not a header name", field, name)
		}
		if strings.ContainsAny(value, "\r\n\x00") {
			return fmt.Errorf("%s: the value of %s has a line break", field, name)
		}
	}
	return nil
}

// validHeaderName reports whether name is an HTTP token.
func validHeaderName(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range []byte(name) {
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`"(),/:;<=>?@[\]{}`, c) >= 0 {
			return false
		}
	}
	return true
}

// matcher is a Rule ready to test requests against.
type matcher struct {
	rule      Rule
	key       string // the rule's JSON: sequences keep their place while the rule is unchanged
	withQuery bool
	pattern   *regexp.Regexp
}

func compile(r Rule) matcher {
	parts := strings.Split(r.URL, "*")
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	key, _ := json.Marshal(r)
	return matcher{rule: r, key: string(key), withQuery: strings.Contains(r.URL, "?"),
		pattern: regexp.MustCompile("^" + strings.Join(parts, ".*") + "$")}
}

// matches reports whether req is answered by the rule. The query string (and fragment) of the
// request is ignored unless the rule's URL has one.
func (m matcher) matches(req *http.Request) bool {
	method := m.rule.Method
	if method != "" && method != "*" && !strings.EqualFold(method, req.Method) {
		return false
	}
	u := *req.URL
	u.Fragment, u.RawFragment = "", ""
	if !m.withQuery {
		u.RawQuery, u.ForceQuery = "", false
	}
	return m.pattern.MatchString(u.String())
}

// answer returns the response for the step-th request the rule has matched (counting from 0).
func (m matcher) answer(step int) Response {
	n := len(m.rule.Responses)
	switch {
	case n == 0:
		return m.rule.Response
	case step < n:
		return m.rule.Responses[step]
	case m.rule.Then == ThenRepeat:
		return m.rule.Responses[step%n]
	default:
		return m.rule.Responses[n-1]
	}
}

// body returns the bytes to send and the content type they imply.
func (r Response) body() ([]byte, string) { return jsonBody(r.Body) }

// jsonBody turns a rule's JSON value into the bytes to send: a JSON string is sent as its
// text, anything else as JSON.
func jsonBody(value json.RawMessage) ([]byte, string) {
	raw := bytes.TrimSpace(value)
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
