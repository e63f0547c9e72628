package outbound

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"unicode/utf8"
)

// Mode decides what happens to a request no mock rule answers. Requests to api.attio.com are
// answered in-process in every mode.
type Mode string

// The modes.
const (
	// ModeMocksThenNetwork sends unmatched requests to the network (the default).
	ModeMocksThenNetwork Mode = "mocks-then-network"
	// ModeOffline fails unmatched requests the way fetch fails without a network.
	ModeOffline Mode = "offline"
	// ModeRecord sends unmatched requests to the network and keeps each answer as a new rule.
	ModeRecord Mode = "record"
)

// ParseMode returns the mode named s; "" is the default mode.
func ParseMode(s string) (Mode, error) {
	switch m := Mode(s); m {
	case "":
		return ModeMocksThenNetwork, nil
	case ModeMocksThenNetwork, ModeOffline, ModeRecord:
		return m, nil
	}
	return "", fmt.Errorf("mode %q must be %q, %q or %q", s, ModeMocksThenNetwork, ModeOffline,
		ModeRecord)
}

// SetMode changes the mode; requests already past the rules are not affected.
func (c *Client) SetMode(m Mode) error {
	m, err := ParseMode(string(m))
	if err != nil {
		return err
	}
	c.mu.Lock()
	c.mode = m
	c.mu.Unlock()
	return nil
}

// Mode is the mode in force.
func (c *Client) Mode() Mode {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.mode
}

// answerOffline fails every request that reaches it: in offline mode nothing leaves the studio.
func (c *Client) answerOffline(_ context.Context, req *http.Request) (*http.Response, bool, error) {
	return nil, false, fmt.Errorf("no mock rule matches %s %s and the studio is offline; add a "+
		"rule for it or switch to %s", req.Method, req.URL, ModeMocksThenNetwork)
}

// answerRecord sends req to the network and keeps the answer as a rule for the next time.
func (c *Client) answerRecord(ctx context.Context,
	req *http.Request) (*http.Response, bool, error) {
	resp, ok, err := c.answerNetwork(ctx, req)
	if err != nil || !ok {
		return resp, ok, err
	}
	data, err := readResponseBody(resp)
	if err != nil {
		return nil, false, fmt.Errorf("read the response of %s: %w", req.URL, err)
	}
	setResponseBody(resp, data)
	rule, err := recordedRule(req, resp, data)
	if err != nil {
		c.logger.Warn("a recorded answer was not kept as a rule", "url", req.URL.String(),
			"err", err)
		return resp, true, nil
	}
	c.addRecorded(rule)
	return resp, true, nil
}

// maxRecordedBody keeps the studio file readable: larger answers are passed on, not kept.
const maxRecordedBody = 1 << 20

// unrecordedHeaders describe the connection rather than the answer, or would be wrong when
// replayed from a rule.
var unrecordedHeaders = map[string]bool{
	"Date": true, "Content-Length": true, "Content-Encoding": true, "Transfer-Encoding": true,
	"Connection": true, "Keep-Alive": true, "Set-Cookie": true, "Alt-Svc": true,
	"Strict-Transport-Security": true, "Report-To": true, "Nel": true, "Server-Timing": true,
}

// recordedRule turns a real exchange into the rule that answers it the same way. The URL is
// kept with its query string, so only the same request matches it.
func recordedRule(req *http.Request, resp *http.Response, body []byte) (Rule, error) {
	if len(body) > maxRecordedBody {
		return Rule{}, fmt.Errorf("the body is larger than %d KiB", maxRecordedBody>>10)
	}
	r := Response{Status: resp.StatusCode}
	switch {
	case len(body) == 0:
	case json.Valid(body):
		r.Body = compact(body)
	case utf8.Valid(body):
		r.Body, _ = json.Marshal(string(body))
	default:
		return Rule{}, fmt.Errorf("the body is binary; rules hold JSON or text")
	}
	for name, values := range resp.Header {
		if !unrecordedHeaders[http.CanonicalHeaderKey(name)] {
			if r.Headers == nil {
				r.Headers = map[string]string{}
			}
			r.Headers[name] = strings.Join(values, ", ")
		}
	}
	u := *req.URL
	u.Fragment, u.RawFragment = "", ""
	rule := Rule{Method: req.Method, URL: u.String(), Response: r}
	return rule, rule.Validate()
}

func compact(body []byte) json.RawMessage {
	var buf bytes.Buffer
	if err := json.Compact(&buf, body); err != nil {
		return body
	}
	return buf.Bytes()
}
