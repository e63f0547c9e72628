package workspace

import (
	"fmt"
	"strings"

	"attio-studio/backend/store"
)

// A path reaches through record references to another object's attribute: filtering people by
// their company's name is {"path": [["people", "company"], ["companies", "name"]],
// "constraints": {"value": "Lumen Labs"}}. Each step names the object it is at and the
// attribute it reads; every attribute but the last is a record reference to the next step's
// object. A list's entries start at the list, whose parent_record attribute reaches the record
// each entry holds.

// PathStep is one step of a path: an object (or list) slug or id and an attribute of it.
type PathStep struct {
	Object    string
	Attribute string
}

// env is what compiling a filter or sort over paths needs: the transaction to read other
// objects' rows in, and the objects.
type env struct {
	tx  *store.Tx
	cat *catalog
}

// matching is the set of ids of obj's records that match.
func (e *env) matching(obj *Object, match predicate) (map[string]bool, error) {
	ids := map[string]bool{}
	err := rowSource(e.tx, obj)(func(id string, r row) bool {
		if match(r) {
			ids[id] = true
		}
		return true
	})
	return ids, err
}

// resolvePath checks a path from obj and returns the objects it visits and the attribute it
// reads at each.
func (e *env) resolvePath(obj *Object, steps []PathStep) ([]*Object, []*Attribute, error) {
	if len(steps) == 0 {
		return nil, nil, invalid("path", "is empty; give [object, attribute] steps such as "+
			`[["people", "company"], ["companies", "name"]]`)
	}
	objs := []*Object{obj}
	var attrs []*Attribute
	cur := obj
	for i, st := range steps {
		if st.Object != cur.Slug && st.Object != cur.ID {
			return nil, nil, invalid("path", "step %d is at %q, but the path has reached %s",
				i+1, st.Object, cur.Slug)
		}
		attr, ok := cur.Attribute(st.Attribute)
		if !ok {
			return nil, nil, invalid("path", "step %d: %s have no attribute %q", i+1,
				lower(cur.Plural), st.Attribute)
		}
		attrs = append(attrs, attr)
		if i == len(steps)-1 {
			break
		}
		if attr.Type != TypeRecordReference {
			return nil, nil, invalid("path", "step %d: %s is a %s attribute, not a record "+
				"reference, so the path cannot go on from it", i+1, attr.Slug, attr.Type)
		}
		next, err := e.cat.object(steps[i+1].Object)
		if err != nil || (attr.TargetObject != "" && next.Slug != attr.TargetObject) {
			return nil, nil, invalid("path", "step %d: %s points at %s, not %q", i+1,
				attr.Slug, orAny(attr.TargetObject), steps[i+1].Object)
		}
		objs, cur = append(objs, next), next
	}
	return objs, attrs, nil
}

func orAny(target string) string {
	if target == "" {
		return "any object"
	}
	return target
}

// compilePath is the predicate of {"path": ..., "constraints": ...}: the constraints hold for
// the last attribute of a record the path reaches.
func (e *env) compilePath(obj *Object, rawPath, constraints any) (predicate, error) {
	steps, err := parsePath(rawPath)
	if err != nil {
		return nil, err
	}
	objs, attrs, err := e.resolvePath(obj, steps)
	if err != nil {
		return nil, err
	}
	last := attrs[len(attrs)-1]
	match, err := compileAttribute(last, last.Slug, constraints)
	if err != nil {
		return nil, err
	}
	for k := len(attrs) - 1; k >= 1; k-- {
		ids, err := e.matching(objs[k], match)
		if err != nil {
			return nil, err
		}
		match = refersTo(attrs[k-1], ids)
	}
	return match, nil
}

// refersTo matches rows whose reference attr points at one of ids.
func refersTo(attr *Attribute, ids map[string]bool) predicate {
	need := []bool{true, false}
	return func(r row) bool {
		for _, v := range r.values(attr, need) {
			if s, _ := v[0].(string); ids[s] {
				return true
			}
		}
		return false
	}
}

// parsePath reads a path as a filter or sort body gives it: a list of two-string lists.
func parsePath(raw any) ([]PathStep, error) {
	list, ok := raw.([]any)
	var out []PathStep
	for _, item := range list {
		pair, _ := item.([]any)
		if len(pair) != 2 {
			ok = false
			break
		}
		o, ok1 := pair[0].(string)
		a, ok2 := pair[1].(string)
		if !ok1 || !ok2 {
			ok = false
			break
		}
		out = append(out, PathStep{Object: o, Attribute: a})
	}
	if !ok {
		return nil, invalid("path", "must be a list of [object, attribute] pairs, such as "+
			`[["people", "company"], ["companies", "name"]], but got %s`, show(raw))
	}
	return out, nil
}

// pathLookup maps the ids of the records a sort's path starts from to the sort value the path
// reaches, so sorting by a company's name costs one pass over the companies.
func (e *env) pathLookup(obj *Object, steps []PathStep, field string) (*Attribute,
	map[string]any, error) {
	objs, attrs, err := e.resolvePath(obj, steps)
	if err != nil {
		return nil, nil, err
	}
	if len(attrs) < 2 {
		return nil, nil, invalid("path", "sorts through at least one record reference; "+
			"sort by the attribute itself instead")
	}
	last := attrs[len(attrs)-1]
	prop, err := propertyOf(last, last.Slug, field)
	if err != nil {
		return nil, nil, err
	}
	read := func(r row) any { return sortable(r.first(last, prop.cols[0])) }
	var lookup map[string]any
	for k := len(attrs) - 1; k >= 1; k-- {
		next := map[string]any{}
		err := rowSource(e.tx, objs[k])(func(id string, r row) bool {
			if v := read(r); v != nil {
				next[id] = v
			}
			return true
		})
		if err != nil {
			return nil, nil, fmt.Errorf("sort by path: %w", err)
		}
		lookup = next
		ref, prev := attrs[k-1], lookup
		read = func(r row) any {
			id, _ := r.first(ref, 0).(string)
			return prev[id]
		}
	}
	return attrs[0], lookup, nil
}

// sortable is a sort value as sorts compare it: text in lowercase.
func sortable(v any) any {
	if s, ok := v.(string); ok {
		return strings.ToLower(s)
	}
	return v
}
