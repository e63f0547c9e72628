package outbound

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// Callback templates.
//
// A callback's body and header values may take values from the exchange that scheduled it,
// written {{PATH}} (spaces inside the braces are allowed), where PATH is one of:
//
//	request.method, request.url, request.path
//	request.query.NAME     the first value of the query parameter NAME
//	request.headers.NAME   the request header NAME, in any case
//	request.body           the whole request body as text
//	request.body.A.B.0     a value inside a JSON request body: object keys and array indexes
//	response.status, response.headers.NAME, response.body, response.body.A.B
//
// A JSON string in the body that is exactly one placeholder becomes the value itself: a number
// stays a number, an object an object, and a missing value becomes null. A placeholder inside a
// longer string, in a key, or in a header is replaced by the value's text: a string's
// characters, any other value as JSON, nothing when it is missing. Keys containing dots cannot
// be reached. There is nothing else: no conditions, loops or functions.

var placeholder = regexp.MustCompile(`\{\{\s*([^{}]*?)\s*\}\}`)

// jsonString matches one JSON string literal; bodies are valid JSON before they are scanned, so
// a left-to-right scan finds exactly the string tokens.
var jsonString = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// checkTemplate reports the first placeholder of s whose path does not exist in the language.
func checkTemplate(s string) error {
	for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
		if err := checkPath(m[1]); err != nil {
			return err
		}
	}
	if rest := placeholder.ReplaceAllString(s, ""); strings.Contains(rest, "{{") {
		return fmt.Errorf("%q has a {{ without its }}", s)
	}
	return nil
}

func checkPath(path string) error {
	parts := strings.Split(path, ".")
	bad := fmt.Errorf("{{%s}} is not a value the template knows; use request.body.FIELD, "+
		"request.query.NAME, request.headers.NAME, request.method, request.url, request.path, "+
		"response.status, response.headers.NAME or response.body.FIELD", path)
	if len(parts) < 2 || (parts[0] != "request" && parts[0] != "response") {
		return bad
	}
	switch field, n := parts[1], len(parts); {
	case field == "body":
		return nil
	case (field == "query" && parts[0] == "request") || field == "headers":
		if n != 3 || parts[2] == "" {
			return bad
		}
	case parts[0] == "request" && (field == "method" || field == "url" || field == "path"),
		parts[0] == "response" && field == "status":
		if n != 2 {
			return bad
		}
	default:
		return bad
	}
	return nil
}

// side is one half of an exchange as templates see it.
type side struct {
	header http.Header
	body   []byte
	parsed any // the body decoded as JSON, nil when it is not JSON
	isJSON bool
}

func newSide(header http.Header, body []byte) side {
	s := side{header: header, body: body}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if dec.Decode(&s.parsed) == nil && !dec.More() {
		s.isJSON = true
	}
	return s
}

// exchangeValues are the values a callback template can reach.
type exchangeValues struct {
	method string
	url    *url.URL
	status int
	req    side
	resp   side
}

// lookup returns the value at path and whether it exists.
func (v *exchangeValues) lookup(path string) (any, bool) {
	parts := strings.Split(path, ".")
	s := v.req
	if parts[0] == "response" {
		s = v.resp
	}
	switch parts[1] {
	case "method":
		return v.method, true
	case "url":
		return v.url.String(), true
	case "path":
		return v.url.Path, true
	case "status":
		return json.Number(strconv.Itoa(v.status)), true
	case "query":
		q := v.url.Query()
		return q.Get(parts[2]), q.Has(parts[2])
	case "headers":
		values := s.header.Values(parts[2])
		return strings.Join(values, ", "), len(values) > 0
	}
	if len(parts) == 2 {
		return string(s.body), true
	}
	if !s.isJSON {
		return nil, false
	}
	return walk(s.parsed, parts[2:])
}

func walk(value any, keys []string) (any, bool) {
	for _, k := range keys {
		switch x := value.(type) {
		case map[string]any:
			var ok bool
			if value, ok = x[k]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(k)
			if err != nil || i < 0 || i >= len(x) {
				return nil, false
			}
			value = x[i]
		default:
			return nil, false
		}
	}
	return value, true
}

// text renders a value inside a longer string.
func text(value any, found bool) string {
	if !found {
		return ""
	}
	if s, ok := value.(string); ok {
		return s
	}
	return string(marshal(value))
}

func marshal(value any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(value); err != nil {
		return []byte("null")
	}
	return bytes.TrimRight(buf.Bytes(), "\n")
}

// renderText fills the placeholders of a header value or any other plain string.
func (v *exchangeValues) renderText(s string) string {
	return placeholder.ReplaceAllStringFunc(s, func(m string) string {
		return text(v.lookup(placeholder.FindStringSubmatch(m)[1]))
	})
}

// renderJSON fills the placeholders of a JSON value, keeping everything else byte for byte.
func (v *exchangeValues) renderJSON(raw json.RawMessage) (json.RawMessage, error) {
	if !json.Valid(raw) {
		return nil, errors.New("the callback body is not a JSON value")
	}
	var out bytes.Buffer
	last := 0
	for _, loc := range jsonString.FindAllIndex(raw, -1) {
		lit := raw[loc[0]:loc[1]]
		if !bytes.Contains(lit, []byte("{{")) {
			continue
		}
		var s string
		if err := json.Unmarshal(lit, &s); err != nil {
			continue
		}
		out.Write(raw[last:loc[0]])
		last = loc[1]
		if m := placeholder.FindStringSubmatchIndex(s); !isKey(raw, loc[1]) && m != nil &&
			m[0] == 0 && m[1] == len(s) {
			if value, found := v.lookup(s[m[2]:m[3]]); found {
				out.Write(marshal(value))
			} else {
				out.WriteString("null")
			}
			continue
		}
		out.Write(marshal(v.renderText(s)))
	}
	out.Write(raw[last:])
	return out.Bytes(), nil
}

// isKey reports whether the string literal ending at end is an object key.
func isKey(raw []byte, end int) bool {
	rest := bytes.TrimLeft(raw[end:], " \t\r\n")
	return len(rest) > 0 && rest[0] == ':'
}
