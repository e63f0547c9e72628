package workspace

import (
	"cmp"
	"slices"
)

// sorter orders rows by the sorts of a query; ties keep creation order.
type sorter struct {
	by []sortKey
}

type sortKey struct {
	attr *Attribute
	prop property
	desc bool
	// lookup, for a sort by path, maps the id attr points at to the sort value.
	lookup map[string]any
}

// hit is a matching row with its sort keys.
type hit struct {
	id   string
	keys []any
}

// compileSorts returns the sorter for sorts, or nil when there are none.
func (e *env) compileSorts(obj *Object, sorts []Sort) (*sorter, error) {
	if len(sorts) == 0 {
		return nil, nil
	}
	s := &sorter{}
	for _, srt := range sorts {
		if len(srt.Path) > 0 {
			k, err := e.pathSort(obj, srt)
			if err != nil {
				return nil, err
			}
			s.by = append(s.by, k)
			continue
		}
		attr, ok := obj.Attribute(srt.Attribute)
		if !ok {
			return nil, invalid(srt.Attribute, "%s have no attribute with this slug or id to "+
				"sort by", lower(obj.Plural))
		}
		if srt.Direction != "" && srt.Direction != "asc" && srt.Direction != "desc" {
			return nil, invalid(srt.Attribute, "sorts \"asc\" or \"desc\", not %q",
				srt.Direction)
		}
		p, err := propertyOf(attr, srt.Attribute, srt.Field)
		if err != nil {
			return nil, err
		}
		s.by = append(s.by, sortKey{attr: attr, prop: p, desc: srt.Direction == "desc"})
	}
	return s, nil
}

// keys reads a row's sort values: the sorted property of each attribute's first value, text
// in lowercase so that comparing is cheap.
func (s *sorter) keys(r row) []any {
	out := make([]any, len(s.by))
	for i, k := range s.by {
		if len(k.prop.cols) == 0 {
			continue
		}
		v := r.first(k.attr, k.prop.cols[0])
		if k.lookup != nil {
			id, _ := v.(string)
			out[i] = k.lookup[id]
			continue
		}
		out[i] = sortable(v)
	}
	return out
}

// topLimit is the most hits a sort keeps in order as they arrive; past it, pick sorts them all.
const topLimit = 2048

// top keeps the first k hits in order as they arrive in creation order: a page near the start
// of a sorted 100,000-record object costs a pass, not a full sort. Equal hits keep arrival
// order, so the result equals a stable sort's.
type top struct {
	s    *sorter
	k    int
	hits []hit
}

func (t *top) add(h hit) {
	n := len(t.hits)
	if n == t.k && t.s.compare(h, t.hits[n-1]) >= 0 {
		return
	}
	i, _ := slices.BinarySearchFunc(t.hits, h, func(a, b hit) int {
		if c := t.s.compare(a, b); c != 0 {
			return c
		}
		return -1 // after every equal hit
	})
	if n < t.k {
		t.hits = append(t.hits, hit{})
	}
	copy(t.hits[i+1:], t.hits[i:])
	t.hits[i] = h
}

// sort orders hits stably, so rows equal on every key stay in creation order.
func (s *sorter) sort(hits []hit) { slices.SortStableFunc(hits, s.compare) }

func (e *env) pathSort(obj *Object, srt Sort) (sortKey, error) {
	if srt.Direction != "" && srt.Direction != "asc" && srt.Direction != "desc" {
		return sortKey{}, invalid("path", "sorts \"asc\" or \"desc\", not %q", srt.Direction)
	}
	attr, lookup, err := e.pathLookup(obj, srt.Path, srt.Field)
	if err != nil {
		return sortKey{}, err
	}
	return sortKey{attr: attr, prop: property{cols: []int{0}}, desc: srt.Direction == "desc",
		lookup: lookup}, nil
}

// compare orders two hits by the sort keys.
func (s *sorter) compare(a, b hit) int {
	for i, k := range s.by {
		x, y := a.keys[i], b.keys[i]
		if x == nil || y == nil {
			if c := cmp.Compare(nullRank(x), nullRank(y)); c != 0 {
				return c // missing values last in either direction
			}
			continue
		}
		c := compareValues(x, y)
		if k.desc {
			c = -c
		}
		if c != 0 {
			return c
		}
	}
	return 0
}
