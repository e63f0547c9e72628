package workspace

import (
	"encoding/json"
	"fmt"
	"slices"
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
	Sorts  []Sort
	// Limit is the most records to return; 0 means DefaultLimit.
	Limit  int
	Offset int
}

// Sort orders records by an attribute's first current value: its main property, or Field.
type Sort struct {
	Attribute string `json:"attribute"`
	Field     string `json:"field,omitempty"`
	// Direction is "asc" or "desc"; empty means "asc".
	Direction string `json:"direction"`
}

// ListRecords returns the records of object that match q, with their current values. Without
// sorts, records come oldest first. Records without a value for a sort attribute come last.
// TODO: filters and sorts by `path` (through record references) are refused; Attio allows them.
func (w *Workspace) ListRecords(object string, q Query) ([]Record, error) {
	filter, err := jsonShaped(q.Filter)
	if err != nil {
		return nil, err
	}
	return w.scan(object, func(obj *Object) (predicate, error) {
		return compileFilter(obj, filter)
	}, q.Sorts, q.Limit, q.Offset)
}

// SearchRecords returns the records of object whose text, names, emails, domains, phone
// numbers or option titles contain text, case-insensitively, oldest first.
func (w *Workspace) SearchRecords(object, text string, limit int) ([]Record, error) {
	needle := strings.ToLower(strings.TrimSpace(text))
	return w.scan(object, func(*Object) (predicate, error) {
		return func(r *Record) bool { return recordContains(r, needle) }, nil
	}, nil, limit, 0)
}

// scan decodes the object's records, keeps those filter accepts, sorts and pages them.
// TODO: every query decodes every record of the object; at 100,000 records it wants indexes
// on the filtered and sorted attributes.
func (w *Workspace) scan(object string, filter func(*Object) (predicate, error), sorts []Sort,
	limit, offset int) ([]Record, error) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	var out []Record
	err := w.st.View(func(tx *store.Tx) error {
		obj, err := loadObject(tx, object)
		if err != nil {
			return err
		}
		match, err := filter(obj)
		if err != nil {
			return err
		}
		order, err := compileSorts(obj, sorts)
		if err != nil {
			return err
		}
		err = tx.ForEach(recordsBucket(obj.ID), func(key string, raw []byte) error {
			var stored Record
			if err := json.Unmarshal(raw, &stored); err != nil {
				return fmt.Errorf("decode %s record %s: %w", obj.Slug, key, err)
			}
			if r := currentView(obj, &stored); match(&r) {
				out = append(out, r)
			}
			return nil
		})
		slices.SortStableFunc(out, order)
		return err
	})
	if err != nil {
		return nil, err
	}
	return pageOf(out, offset, limit), nil
}

// compileSorts returns the order of the sorts, then of creation, then of id.
func compileSorts(obj *Object, sorts []Sort) (func(a, b Record) int, error) {
	type key struct {
		slug string
		prop property
		desc bool
	}
	var keys []key
	for _, s := range sorts {
		attr, ok := obj.Attribute(s.Attribute)
		if !ok {
			return nil, invalid(s.Attribute, "%s have no attribute with this slug or id to "+
				"sort by", lower(obj.Plural))
		}
		if s.Direction != "" && s.Direction != "asc" && s.Direction != "desc" {
			return nil, invalid(s.Attribute, "sorts \"asc\" or \"desc\", not %q", s.Direction)
		}
		p, err := propertyOf(attr, s.Attribute, s.Field)
		if err != nil {
			return nil, err
		}
		keys = append(keys, key{attr.Slug, p, s.Direction == "desc"})
	}
	return func(a, b Record) int {
		for _, k := range keys {
			x, y := sortValue(a, k.slug, k.prop), sortValue(b, k.slug, k.prop)
			if x == nil || y == nil {
				if c := compareValues(x, y); c != 0 {
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
		if c := a.CreatedAt.Compare(b.CreatedAt.Time); c != 0 {
			return c
		}
		return strings.Compare(a.ID.RecordID, b.ID.RecordID)
	}, nil
}

func sortValue(r Record, slug string, p property) any {
	vs := r.Values[slug]
	if len(vs) == 0 {
		return nil
	}
	return p.get(vs[0])[0]
}

// recordContains reports whether any searchable value of r contains needle (lowercase).
func recordContains(r *Record, needle string) bool {
	for _, values := range r.Values {
		for _, v := range values {
			for _, k := range []string{"value", "full_name", "email_address", "domain",
				"original_phone_number", "normalized_phone_number"} {
				if s := v.String(k); s != "" && strings.Contains(strings.ToLower(s), needle) {
					return true
				}
			}
			for _, k := range []string{"option", "status"} {
				if s, _ := v.Map(k)["title"].(string); s != "" &&
					strings.Contains(strings.ToLower(s), needle) {
					return true
				}
			}
		}
	}
	return false
}
