package workspace

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"attio-studio/backend/store"
)

// DefaultLimit is how many records a query returns when it does not say, as in Attio.
const DefaultLimit = 500

// Query selects, orders and pages the records of an object, the way the body of Attio's
// POST /objects/{object}/records/query does.
type Query struct {
	// Filter is an Attio filter: implicit equality ({"name": "Ada Lovelace"}), per-property
	// conditions ({"name": {"first_name": {"$starts_with": "ad"}}}) and $and, $or, $not.
	Filter map[string]any
	// Search, when not blank, keeps only records that SearchRecords would find for it as well.
	Search string
	Sorts  []Sort
	// Limit is the most records to return; 0 means DefaultLimit.
	Limit  int
	Offset int
}

// Sort orders records by an attribute's first current value: its main property, or Field.
// With Path instead of Attribute, it orders them by the value the path reaches, such as their
// company's name ([[people company] [companies name]]).
type Sort struct {
	Attribute string     `json:"attribute"`
	Path      []PathStep `json:"path,omitempty"`
	Field     string     `json:"field,omitempty"`
	// Direction is "asc" or "desc"; empty means "asc".
	Direction string `json:"direction"`
}

// ListRecords returns the records of object that match q, with their current values. Without
// sorts, records come oldest first, and a query stops reading as soon as its page is full, so
// the first page of a large object is cheap. Records without a value for a sort attribute
// come last. Filters and sorts may follow paths through record references (see PathStep).
func (w *Workspace) ListRecords(object string, q Query) ([]Record, error) {
	filter, err := jsonShaped(q.Filter)
	if err != nil {
		return nil, err
	}
	needle := strings.ToLower(strings.TrimSpace(q.Search))
	cacheAs := []any{filter, needle, q.Sorts}
	return w.scan(object, cacheAs, func(e *env, obj *Object) (predicate, error) {
		match, err := e.compileFilter(obj, filter)
		if err != nil || needle == "" {
			return match, err
		}
		// The search goes first: its byte test rejects most rows without decoding them.
		return all([]predicate{searchPredicate(obj, needle), match}), nil
	}, q.Sorts, q.Offset, q.Limit)
}

// SearchRecords returns the records of object whose text, names, emails, domains, phone
// numbers or option titles contain text, case-insensitively, oldest first.
func (w *Workspace) SearchRecords(object, text string, limit int) ([]Record, error) {
	return w.ListRecords(object, Query{Search: text, Limit: limit})
}

// CountRecords is the number of records of object, read without visiting them.
func (w *Workspace) CountRecords(object string) (int, error) {
	var n int
	err := w.st.View(func(tx *store.Tx) error {
		cat, err := w.catalog(tx)
		if err != nil {
			return err
		}
		obj, err := cat.object(object)
		if err == nil {
			n = tx.Count(rowsBucket(obj.ID))
		}
		return err
	})
	return n, err
}

// scan picks the page of records of object that match and loads them. A deep sorted page
// comes from the cached order of the query cacheAs describes, when there is one.
func (w *Workspace) scan(object string, cacheAs any, filter func(*env, *Object) (predicate,
	error), sorts []Sort, offset, limit int) ([]Record, error) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	out := []Record{}
	err := w.st.View(func(tx *store.Tx) error {
		cat, err := w.catalog(tx)
		if err != nil {
			return err
		}
		obj, err := cat.object(object)
		if err != nil {
			return err
		}
		e := &env{tx: tx, cat: cat}
		match, err := filter(e, obj)
		if err != nil {
			return err
		}
		order, err := e.compileSorts(obj, sorts)
		if err != nil {
			return err
		}
		ids, err := w.pickPage(tx, cat, obj, cacheAs, match, order, offset, limit)
		if err != nil {
			return err
		}
		for _, id := range ids {
			stored, err := loadRecord(tx, obj, id)
			if err != nil {
				return err
			}
			out = append(out, currentView(obj, stored))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (w *Workspace) pickPage(tx *store.Tx, cat *catalog, obj *Object, cacheAs any,
	match predicate, order *sorter, offset, limit int) ([]string, error) {
	if !deepSorted(order, offset, limit) {
		return pick(rowSource(tx, obj), match, order, offset, limit)
	}
	key, err := w.orderKey(tx, cat, obj, cacheAs)
	if err != nil {
		return nil, err
	}
	return w.orders.sortedPage(key, offset, limit, func() ([]string, error) {
		return pick(rowSource(tx, obj), match, order, 0, everything)
	})
}

// source yields candidate ids with their rows in creation order until yield returns false.
type source func(yield func(id string, r row) bool) error

var errStop = errors.New("stop scanning")

func rowSource(tx *store.Tx, obj *Object) source {
	return func(yield func(id string, r row) bool) error {
		err := tx.ForEach(rowsBucket(obj.ID), func(key string, raw []byte) error {
			if !yield(rowID(key), encodedRow(raw)) {
				return errStop
			}
			return nil
		})
		if errors.Is(err, errStop) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("scan %s: %w", obj.Slug, err)
		}
		return nil
	}
}

// pick returns the ids of the page of matching rows, in creation order or sorted.
func pick(src source, match predicate, order *sorter, offset, limit int) ([]string, error) {
	offset = max(offset, 0)
	if order == nil {
		var ids []string
		skipped := 0
		err := src(func(id string, r row) bool {
			if !match(r) {
				return true
			}
			if skipped < offset {
				skipped++
				return true
			}
			ids = append(ids, id)
			return len(ids) < limit
		})
		return ids, err
	}
	var hits []hit
	// Compare each part before adding, so that huge offsets and limits cannot overflow.
	bounded := offset <= topLimit && limit <= topLimit && offset+limit <= topLimit
	best := &top{s: order, k: offset + limit}
	err := src(func(id string, r row) bool {
		if !match(r) {
			return true
		}
		h := hit{id: id, keys: order.keys(r)}
		if bounded {
			best.add(h)
		} else {
			hits = append(hits, h)
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	if bounded {
		hits = best.hits
	} else {
		order.sort(hits)
	}
	hits = pageOf(hits, offset, limit)
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.id
	}
	return ids, nil
}

// searchPredicate matches rows with a searchable value that contains needle (lowercase).
func searchPredicate(obj *Object, needle string) predicate {
	var attrs []*Attribute
	for i := range obj.Attributes {
		switch obj.Attributes[i].Type {
		case TypeText, TypePersonalName, TypeEmailAddress, TypeDomain, TypePhoneNumber,
			TypeSelect, TypeStatus:
			attrs = append(attrs, &obj.Attributes[i])
		}
	}
	quick := quickReject(needle)
	return func(r row) bool {
		if quick(r) {
			return false
		}
		for _, a := range attrs {
			for _, cells := range r.values(a, nil) {
				if cellsContain(a.Type, cells, needle) {
					return true
				}
			}
		}
		return false
	}
}

func cellsContain(t AttributeType, cells []any, needle string) bool {
	for i, c := range cells {
		s, ok := c.(string)
		if !ok || strings.HasSuffix(columns[t][i], ".id") {
			continue
		}
		if strings.Contains(strings.ToLower(s), needle) {
			return true
		}
	}
	return false
}

// quickReject rejects encoded rows that cannot contain needle, which is most rows of a
// search, without decoding them.
func quickReject(text string) func(r row) bool {
	n := newNeedle(text)
	return func(r row) bool {
		raw, ok := r.(encodedRow)
		return ok && !n.mayBeIn(raw)
	}
}

// containsFoldASCII reports whether hay holds needle (lowercase ASCII) in any ASCII case. It
// jumps between occurrences of the needle's first letter, in either case, with IndexByte.
func containsFoldASCII(hay []byte, needle string) bool {
	if needle == "" {
		return true
	}
	if len(hay) < len(needle) {
		return false
	}
	lower, upper := needle[0], needle[0]
	if 'a' <= lower && lower <= 'z' {
		upper -= 'a' - 'A'
	}
	last := len(hay) - len(needle) // the last position the needle can start at
	nextL, nextU := indexFrom(hay, lower, 0, last), -1
	if upper != lower {
		nextU = indexFrom(hay, upper, 0, last)
	}
	for nextL >= 0 || nextU >= 0 {
		i := nextL
		if i < 0 || (nextU >= 0 && nextU < i) {
			i = nextU
		}
		if equalFoldASCII(hay[i:i+len(needle)], needle) {
			return true
		}
		if i == nextL {
			nextL = indexFrom(hay, lower, i+1, last)
		} else {
			nextU = indexFrom(hay, upper, i+1, last)
		}
	}
	return false
}

// indexFrom is the first position in [from, last] holding c, or -1.
func indexFrom(hay []byte, c byte, from, last int) int {
	if from > last {
		return -1
	}
	if i := bytes.IndexByte(hay[from:last+1], c); i >= 0 {
		return from + i
	}
	return -1
}

func equalFoldASCII(b []byte, lower string) bool {
	for k := range len(lower) {
		c := b[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[k] {
			return false
		}
	}
	return true
}
