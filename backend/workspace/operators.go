package workspace

import (
	"cmp"
	"strings"
)

// compileOperator returns the test one filter operator ($eq, $in, $contains, ...) applies to
// one value's property.
func compileOperator(slug, op string, arg any, p property) (func(cells []any) bool, error) {
	match := func(test func(c any) bool) func(cells []any) bool {
		return func(cells []any) bool {
			for _, col := range p.cols {
				c := cells[col]
				if test(c) {
					return true
				}
			}
			return false
		}
	}
	switch op {
	case "$eq":
		return match(func(c any) bool { return equalValues(c, arg, p.fold) }), nil
	case "$in":
		list, ok := arg.([]any)
		if !ok {
			return nil, invalid(slug, "$in expects a list, but got %s", show(arg))
		}
		return match(func(c any) bool {
			for _, x := range list {
				if equalValues(c, x, p.fold) {
					return true
				}
			}
			return false
		}), nil
	case "$contains", "$starts_with", "$ends_with":
		s, ok := arg.(string)
		if !ok {
			return nil, invalid(slug, "%s expects text, but got %s", op, show(arg))
		}
		test := map[string]func(string, string) bool{"$contains": strings.Contains,
			"$starts_with": strings.HasPrefix, "$ends_with": strings.HasSuffix}[op]
		return match(func(c any) bool {
			cs, ok := c.(string)
			return ok && test(strings.ToLower(cs), strings.ToLower(s))
		}), nil
	case "$gt", "$gte", "$lt", "$lte":
		if !orderable(arg) {
			return nil, invalid(slug, "%s expects a number or text, but got %s", op, show(arg))
		}
		want := map[string]func(int) bool{"$gt": func(n int) bool { return n > 0 },
			"$gte": func(n int) bool { return n >= 0 }, "$lt": func(n int) bool { return n < 0 },
			"$lte": func(n int) bool { return n <= 0 }}[op]
		return match(func(c any) bool {
			return orderable(c) && sameKind(c, arg) && want(compareValues(c, arg))
		}), nil
	}
	return nil, invalid(slug, "has no filter operator %q; use $eq, $in, $contains, "+
		"$starts_with, $ends_with, $not_empty, $gt, $gte, $lt or $lte", op)
}

// filterArgument puts a date or timestamp a filter compares with in the form values are
// stored in, so that comparing text compares days and instants: "2024-05-01T09:30:00+02:00"
// is the stored "2024-05-01T07:30:00.000000000Z", and a date filter may be given a timestamp.
func filterArgument(t AttributeType, arg any) any {
	switch a := arg.(type) {
	case []any:
		out := make([]any, len(a))
		for i, x := range a {
			out[i] = filterArgument(t, x)
		}
		return out
	case string:
		switch t {
		case TypeTimestamp:
			if instant, ok := parseInstant(a); ok {
				return instant.String()
			}
		case TypeDate:
			if len(a) > 10 && a[10] == 'T' {
				return a[:10]
			}
		}
	}
	return arg
}

func equalValues(a, b any, fold bool) bool {
	as, aok := a.(string)
	bs, bok := b.(string)
	if aok && bok {
		return as == bs || fold && strings.EqualFold(as, bs)
	}
	return a == b
}

func orderable(v any) bool {
	switch v.(type) {
	case string, float64:
		return true
	}
	return false
}

func sameKind(a, b any) bool {
	_, as := a.(string)
	_, bs := b.(string)
	return as == bs
}

// compareValues orders two property values: numbers by value, text case-insensitively,
// booleans false first, and null after everything.
func compareValues(a, b any) int {
	switch x := a.(type) {
	case float64:
		if y, ok := b.(float64); ok {
			return cmp.Compare(x, y)
		}
	case string:
		if y, ok := b.(string); ok {
			return cmp.Compare(strings.ToLower(x), strings.ToLower(y))
		}
	case bool:
		if y, ok := b.(bool); ok {
			return cmp.Compare(boolRank(x), boolRank(y))
		}
	}
	return cmp.Compare(nullRank(a), nullRank(b))
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

func nullRank(v any) int {
	if v == nil {
		return 1
	}
	return 0
}
