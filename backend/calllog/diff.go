package calllog

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
)

// Difference is one place where two JSON values differ. Path is a JavaScript-like path from the
// root ("$", "$.lead.id", "$.items[2]"); Before is absent for an added value, After for a
// removed one.
type Difference struct {
	Path   string          `json:"path"`
	Change string          `json:"change"` // "added", "removed" or "changed"
	Before json.RawMessage `json:"before,omitempty"`
	After  json.RawMessage `json:"after,omitempty"`
}

// maxDifferences caps a diff: past it, the two values are plainly not the same.
const maxDifferences = 200

// Diff compares two JSON documents structurally: object keys in any order, numbers by their
// exact text, arrays element by element. It returns no differences when they are equal, and
// differences sorted by path otherwise (at most maxDifferences). Invalid JSON compares as text.
func Diff(before, after json.RawMessage) []Difference {
	a, errA := decodeExact(before)
	b, errB := decodeExact(after)
	if errA != nil || errB != nil {
		if bytes.Equal(bytes.TrimSpace(before), bytes.TrimSpace(after)) {
			return nil
		}
		return []Difference{changed("$", a, b)}
	}
	var diffs []Difference
	diffValues("$", a, b, &diffs)
	sort.SliceStable(diffs, func(i, j int) bool { return diffs[i].Path < diffs[j].Path })
	return diffs
}

func decodeExact(raw json.RawMessage) (any, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	err := dec.Decode(&v)
	return v, err
}

func diffValues(path string, a, b any, out *[]Difference) {
	if len(*out) >= maxDifferences {
		return
	}
	switch x := a.(type) {
	case map[string]any:
		if y, ok := b.(map[string]any); ok {
			diffObjects(path, x, y, out)
			return
		}
	case []any:
		if y, ok := b.([]any); ok {
			diffArrays(path, x, y, out)
			return
		}
	default:
		if equalScalars(a, b) {
			return
		}
	}
	*out = append(*out, changed(path, a, b))
}

func diffObjects(path string, a, b map[string]any, out *[]Difference) {
	keys := make([]string, 0, len(a)+len(b))
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		p := path + member(k)
		va, inA := a[k]
		vb, inB := b[k]
		switch {
		case !inB:
			*out = append(*out, Difference{Path: p, Change: "removed", Before: encode(va)})
		case !inA:
			*out = append(*out, Difference{Path: p, Change: "added", After: encode(vb)})
		default:
			diffValues(p, va, vb, out)
		}
	}
}

func diffArrays(path string, a, b []any, out *[]Difference) {
	for i := 0; i < max(len(a), len(b)); i++ {
		p := fmt.Sprintf("%s[%d]", path, i)
		switch {
		case i >= len(b):
			*out = append(*out, Difference{Path: p, Change: "removed", Before: encode(a[i])})
		case i >= len(a):
			*out = append(*out, Difference{Path: p, Change: "added", After: encode(b[i])})
		default:
			diffValues(p, a[i], b[i], out)
		}
	}
}

func equalScalars(a, b any) bool {
	switch x := a.(type) {
	case json.Number:
		y, ok := b.(json.Number)
		return ok && x == y
	case map[string]any, []any:
		return false
	}
	return a == b
}

var identifier = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`)

// member is the path step to key k: .k when k is an identifier, ["k"] otherwise.
func member(k string) string {
	if identifier.MatchString(k) {
		return "." + k
	}
	quoted, _ := json.Marshal(k)
	return "[" + string(quoted) + "]"
}

func changed(path string, a, b any) Difference {
	return Difference{Path: path, Change: "changed", Before: encode(a), After: encode(b)}
}

func encode(v any) json.RawMessage {
	raw, err := json.Marshal(v)
	if err != nil {
		return json.RawMessage(`null`)
	}
	return raw
}
