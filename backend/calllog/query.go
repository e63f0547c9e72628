package calllog

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"sort"
	"strings"

	"attio-studio/backend/store"
)

// DefaultPageSize and MaxPageSize bound the calls one Query returns.
const (
	DefaultPageSize = 200
	MaxPageSize     = 2000
)

// Filter chooses calls. Empty fields choose everything; a call must pass every field given.
type Filter struct {
	Kinds    []Kind   `json:"kinds,omitempty"`
	Statuses []Status `json:"statuses,omitempty"`
	// Name is the exact name of the call: a server function id, a record action id, a webhook
	// handler file.
	Name string `json:"name,omitempty"`
	// Text is found, ignoring case, in the call's name, arguments, result, error, console lines,
	// requests (URLs and bodies), key-value operations or notifications.
	Text string `json:"text,omitempty"`
}

// Page is one page of calls, newest first.
type Page struct {
	Calls []Summary `json:"calls"`
	// Next is the before to pass for the following, older page; empty after the last page.
	Next string `json:"next,omitempty"`
}

// Query returns up to limit calls that pass f, newest first, among those numbered before the id
// before ("" for the newest). Summaries are filtered without reading whole calls, except for a
// text search, which reads a whole call only when its stored bytes contain the text.
func (l *Log) Query(f Filter, limit int, before string) (Page, error) {
	if limit <= 0 {
		limit = DefaultPageSize
	}
	limit = min(limit, MaxPageSize)
	m := newMatcher(f)

	var found []Summary
	seen := map[string]bool{}
	for _, c := range l.unsaved() {
		seen[c.ID] = true
		if (before == "" || c.ID < before) && m.summary(Summarize(c)) && m.call(c) {
			found = append(found, Summarize(c))
		}
	}
	err := l.store.View(func(tx *store.Tx) error {
		stored := 0
		return tx.ForEachReverse(summaryBucket, func(id string, raw []byte) error {
			if (before != "" && id >= before) || seen[id] {
				return nil
			}
			ok, s, err := m.stored(tx, id, raw)
			if err != nil || !ok {
				return err
			}
			found = append(found, s)
			// One more than a page says whether another page follows.
			if stored++; stored > limit {
				return errStop
			}
			return nil
		})
	})
	if err != nil && !errors.Is(err, errStop) {
		return Page{}, err
	}
	sort.Slice(found, func(i, j int) bool { return found[i].ID > found[j].ID })
	page := Page{Calls: found}
	if len(found) > limit {
		page.Calls = found[:limit]
		page.Next = found[limit-1].ID
	}
	if page.Calls == nil {
		page.Calls = []Summary{}
	}
	return page, nil
}

// matcher applies a Filter.
type matcher struct {
	f    Filter
	text string // lower case
	// raw says the text can be looked for in the stored JSON bytes before decoding: it has no
	// character JSON would escape.
	raw bool
	// fields are, for each of kinds, statuses and name, the encoded `"field":"value"` pairs
	// of which a stored summary must contain one. Decoding a summary costs microseconds; in
	// the encoding's own bytes such a pair cannot appear inside a string (its quotes would be
	// escaped), so looking for it first skips the summaries that cannot match.
	fields [][][]byte
}

func newMatcher(f Filter) matcher {
	text := strings.ToLower(f.Text)
	m := matcher{f: f, text: text, raw: !strings.ContainsAny(text, "\"\\<>&\u2028\u2029") &&
		!strings.ContainsFunc(text, func(r rune) bool { return r < 0x20 })}
	pair := func(field string, value string) []byte {
		encoded, _ := json.Marshal(value)
		return append([]byte(`"`+field+`":`), encoded...)
	}
	if len(f.Kinds) > 0 {
		var any [][]byte
		for _, k := range f.Kinds {
			any = append(any, pair("kind", string(k)))
		}
		m.fields = append(m.fields, any)
	}
	if len(f.Statuses) > 0 {
		var any [][]byte
		for _, s := range f.Statuses {
			any = append(any, pair("status", string(s)))
		}
		m.fields = append(m.fields, any)
	}
	if f.Name != "" {
		m.fields = append(m.fields, [][]byte{pair("name", f.Name)})
	}
	return m
}

// maybe reports whether a stored summary can pass the kind, status and name filters.
func (m matcher) maybe(raw []byte) bool {
	for _, any := range m.fields {
		if !slices.ContainsFunc(any, func(p []byte) bool { return bytes.Contains(raw, p) }) {
			return false
		}
	}
	return true
}

func (m matcher) summary(s Summary) bool {
	return (len(m.f.Kinds) == 0 || slices.Contains(m.f.Kinds, s.Kind)) &&
		(len(m.f.Statuses) == 0 || slices.Contains(m.f.Statuses, s.Status)) &&
		(m.f.Name == "" || m.f.Name == s.Name)
}

// stored decides on a stored call from its summary, reading the whole call for a text search.
// The cheap byte tests come first.
func (m matcher) stored(tx *store.Tx, id string, raw []byte) (bool, Summary, error) {
	var s Summary
	if !m.maybe(raw) {
		return false, s, nil
	}
	var whole []byte
	if m.text != "" {
		whole = tx.GetRaw(bucket, id)
		if whole == nil || (m.raw && !containsFold(whole, m.text)) {
			return false, s, nil
		}
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		return false, s, err
	}
	if !m.summary(s) || whole == nil {
		return m.summary(s), s, nil
	}
	var c Call
	if err := json.Unmarshal(whole, &c); err != nil {
		return false, s, err
	}
	return m.call(c), s, nil
}

// call applies the text search to a whole call.
func (m matcher) call(c Call) bool {
	if m.text == "" {
		return true
	}
	has := func(s string) bool { return strings.Contains(strings.ToLower(s), m.text) }
	if has(c.Name) || has(string(c.Args)) || has(string(c.Result)) {
		return true
	}
	if e := c.Error; e != nil && (has(e.Name) || has(e.Message) || has(e.Stack) || has(e.File)) {
		return true
	}
	for _, line := range c.Console {
		if has(line.Text) {
			return true
		}
	}
	for _, r := range c.Requests {
		if has(r.Method+" "+r.URL) || has(r.RequestBody) || has(r.ResponseBody) || has(r.Error) {
			return true
		}
	}
	for _, op := range c.KV {
		if has(op.Key) || has(string(op.Value)) {
			return true
		}
	}
	for _, n := range c.Notifications {
		if has(n.Type) || has(string(n.Detail)) {
			return true
		}
	}
	return false
}

// containsFold reports whether b contains lower, ignoring ASCII case, without copying b: a text
// search reads every stored call, and most do not match. Candidates are found with IndexByte,
// which is vectorised; the next lower- and upper-case candidates are each searched for once.
func containsFold(b []byte, lower string) bool {
	if lower == "" {
		return true
	}
	first, upper := lower[0], lower[0]
	if 'a' <= first && first <= 'z' {
		upper = first - 'a' + 'A'
	}
	next := func(c byte, from int) int {
		if i := bytes.IndexByte(b[from:], c); i >= 0 {
			return from + i
		}
		return len(b)
	}
	lo, up := next(first, 0), len(b)
	if upper != first {
		up = next(upper, 0)
	}
	for {
		i := min(lo, up)
		if i+len(lower) > len(b) {
			return false
		}
		if equalFold(b[i:i+len(lower)], lower) {
			return true
		}
		if i == lo {
			lo = next(first, i+1)
		} else {
			up = next(upper, i+1)
		}
	}
}

func equalFold(b []byte, lower string) bool {
	for i := 0; i < len(lower); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}
