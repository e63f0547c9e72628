package workspace

import (
	"strings"
)

// predicate tells whether a record (its current values) matches a filter.
type predicate func(r row) bool

// row is what filters and sorts read of a record or entry: the cells of the current values
// of an attribute.
type row interface {
	// values are the cells of the attribute's current values; only the columns need marks
	// are read (all when need is nil), the others are nil.
	values(attr *Attribute, need []bool) [][]any
	// first is one cell of the attribute's first current value, or nil.
	first(attr *Attribute, col int) any
}

// encodedRow is a record's row as the row index stores it.
type encodedRow []byte

func (r encodedRow) values(attr *Attribute, need []bool) [][]any {
	return rowValues(r, attr.Slug, len(columns[attr.Type]), need)
}

func (r encodedRow) first(attr *Attribute, col int) any {
	return rowFirstCell(r, attr.Slug, col)
}

// valuesRow reads a decoded record's or entry's values.
type valuesRow map[string][]Value

func (r valuesRow) values(attr *Attribute, _ []bool) [][]any {
	var out [][]any
	for _, v := range r[attr.Slug] {
		if v.Current() {
			out = append(out, cellsOf(attr.Type, v.Fields))
		}
	}
	return out
}

func (r valuesRow) first(attr *Attribute, col int) any {
	for _, v := range r[attr.Slug] {
		if v.Current() {
			return cellsOf(attr.Type, v.Fields)[col]
		}
	}
	return nil
}

// compileFilter turns an Attio filter ({"name": "Ada"}, {"$or": [...]}, {"domains": {"domain":
// {"$eq": "attio.com"}}}) into a predicate, or says what in it Attio would refuse.
// A filter with "path" and "constraints" reaches through record references (see path.go).
func (e *env) compileFilter(obj *Object, f map[string]any) (predicate, error) {
	var preds []predicate
	_, hasPath := f["path"]
	_, hasConstraints := f["constraints"]
	if hasPath != hasConstraints {
		return nil, invalid("filter", "path and constraints go together: the path says "+
			"where, the constraints what must hold there")
	}
	if hasPath {
		p, err := e.compilePath(obj, f["path"], f["constraints"])
		if err != nil {
			return nil, err
		}
		preds = append(preds, p)
	}
	for _, key := range sortedKeys(f) {
		if hasPath && (key == "path" || key == "constraints") {
			continue
		}
		p, err := e.compileClause(obj, key, f[key])
		if err != nil {
			return nil, err
		}
		preds = append(preds, p)
	}
	return all(preds), nil
}

func (e *env) compileClause(obj *Object, key string, cond any) (predicate, error) {
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
			p, err := e.compileFilter(obj, sub)
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
		p, err := e.compileFilter(obj, sub)
		if err != nil {
			return nil, err
		}
		return func(r row) bool { return !p(r) }, nil
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
	var valueTests []func(cells []any) bool
	var recordTests []predicate
	var needles []needle // text a matching value must contain; see mayContainAll
	need := make([]bool, len(columns[attr.Type]))
	add := func(prop string, c any) error {
		p, err := propertyOf(attr, slug, prop)
		if err != nil {
			return err
		}
		for _, c := range p.cols {
			need[c] = true
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
				recordTests = append(recordTests, notEmpty(attr, p, want))
				continue
			}
			arg := filterArgument(attr.Type, ops[op])
			test, err := compileOperator(slug, op, arg, p)
			if err != nil {
				return err
			}
			valueTests = append(valueTests, test)
			if text := requiredText(op, arg); text != "" {
				needles = append(needles, newNeedle(text))
			}
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
	return func(r row) bool {
		for _, t := range recordTests {
			if !t(r) {
				return false
			}
		}
		if len(valueTests) == 0 {
			return true
		}
		if raw, ok := r.(encodedRow); ok && !mayContainAll(raw, needles) {
			return false
		}
		return anyValue(r.values(attr, need), valueTests)
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

func anyValue(values [][]any, tests []func(cells []any) bool) bool {
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

func notEmpty(attr *Attribute, p property, want bool) predicate {
	need := make([]bool, len(columns[attr.Type]))
	for _, c := range p.cols {
		need[c] = true
	}
	return func(r row) bool {
		for _, v := range r.values(attr, need) {
			for _, col := range p.cols {
				c := v[col]
				if c != nil && c != "" {
					return want
				}
			}
		}
		return !want
	}
}

func all(preds []predicate) predicate {
	return func(r row) bool {
		for _, p := range preds {
			if !p(r) {
				return false
			}
		}
		return true
	}
}

func anyOf(preds []predicate) predicate {
	return func(r row) bool {
		for _, p := range preds {
			if p(r) {
				return true
			}
		}
		return false
	}
}
