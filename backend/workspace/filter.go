package workspace

import (
	"strings"
)

// predicate tells whether a record (its current view) matches a filter.
type predicate func(r *Record) bool

// compileFilter turns an Attio filter ({"name": "Ada"}, {"$or": [...]}, {"domains": {"domain":
// {"$eq": "attio.com"}}}) into a predicate, or says what in it Attio would refuse.
func compileFilter(obj *Object, f map[string]any) (predicate, error) {
	var preds []predicate
	for _, key := range sortedKeys(f) {
		p, err := compileClause(obj, key, f[key])
		if err != nil {
			return nil, err
		}
		preds = append(preds, p)
	}
	return all(preds), nil
}

func compileClause(obj *Object, key string, cond any) (predicate, error) {
	switch key {
	case "$and", "$or":
		list, ok := cond.([]any)
		if !ok {
			return nil, invalid("filter", "%s expects a list of filters", key)
		}
		var preds []predicate
		for _, item := range list {
			sub, ok := item.(map[string]any)
			if !ok {
				return nil, invalid("filter", "%s expects a list of filters, but has %s", key,
					show(item))
			}
			p, err := compileFilter(obj, sub)
			if err != nil {
				return nil, err
			}
			preds = append(preds, p)
		}
		if key == "$or" {
			return anyOf(preds), nil
		}
		return all(preds), nil
	case "$not":
		sub, ok := cond.(map[string]any)
		if !ok {
			return nil, invalid("filter", "$not expects a filter")
		}
		p, err := compileFilter(obj, sub)
		if err != nil {
			return nil, err
		}
		return func(r *Record) bool { return !p(r) }, nil
	}
	attr, ok := obj.Attribute(key)
	if !ok {
		return nil, invalid(key, "%s have no attribute with this slug or id to filter by",
			lower(obj.Plural))
	}
	return compileAttribute(attr, key, cond)
}

// compileAttribute handles one attribute's condition. Value conditions must all hold for one
// and the same value of the attribute ({"name": {"first_name": "Ada", "last_name": "L"}});
// $not_empty speaks about the record.
func compileAttribute(attr *Attribute, slug string, cond any) (predicate, error) {
	var valueTests []func(Value) bool
	var recordTests []predicate
	add := func(prop string, c any) error {
		p, err := propertyOf(attr, slug, prop)
		if err != nil {
			return err
		}
		ops, ok := c.(map[string]any)
		if !ok || !isOperatorMap(ops) {
			ops = map[string]any{"$eq": c}
		}
		for _, op := range sortedKeys(ops) {
			if op == "$not_empty" {
				want, ok := ops[op].(bool)
				if !ok {
					return invalid(slug, "$not_empty expects true or false")
				}
				recordTests = append(recordTests, notEmpty(attr.Slug, p, want))
				continue
			}
			test, err := compileOperator(slug, op, ops[op], p)
			if err != nil {
				return err
			}
			valueTests = append(valueTests, test)
		}
		return nil
	}
	m, isMap := cond.(map[string]any)
	if !isMap || isOperatorMap(m) {
		if err := add("", cond); err != nil {
			return nil, err
		}
	} else {
		for _, prop := range sortedKeys(m) {
			if err := add(prop, m[prop]); err != nil {
				return nil, err
			}
		}
	}
	return func(r *Record) bool {
		for _, t := range recordTests {
			if !t(r) {
				return false
			}
		}
		return len(valueTests) == 0 || anyValue(r.Values[attr.Slug], valueTests)
	}, nil
}

func isOperatorMap(m map[string]any) bool {
	for k := range m {
		if strings.HasPrefix(k, "$") {
			return true
		}
	}
	return false
}

func anyValue(values []Value, tests []func(Value) bool) bool {
	for _, v := range values {
		ok := true
		for _, t := range tests {
			if ok = t(v); !ok {
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func notEmpty(slug string, p property, want bool) predicate {
	return func(r *Record) bool {
		for _, v := range r.Values[slug] {
			for _, c := range p.get(v) {
				if c != nil && c != "" {
					return want
				}
			}
		}
		return !want
	}
}

func all(preds []predicate) predicate {
	return func(r *Record) bool {
		for _, p := range preds {
			if !p(r) {
				return false
			}
		}
		return true
	}
}

func anyOf(preds []predicate) predicate {
	return func(r *Record) bool {
		for _, p := range preds {
			if p(r) {
				return true
			}
		}
		return false
	}
}
