package graphql

import (
	"github.com/vektah/gqlparser/v2/ast"
)

// collectFields groups the fields selected on an object type by response key, in the order
// they first appear, following fragment spreads and inline fragments that apply to the type
// and honouring @skip and @include.
func (e *executor) collectFields(def *ast.Definition, sets []ast.SelectionSet) [][]*ast.Field {
	var order []string
	groups := map[string][]*ast.Field{}
	visited := map[string]bool{}
	var walk func(set ast.SelectionSet)
	walk = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				if !e.included(s.Directives) {
					continue
				}
				key := s.Alias
				if key == "" {
					key = s.Name
				}
				if _, seen := groups[key]; !seen {
					order = append(order, key)
				}
				groups[key] = append(groups[key], s)
			case *ast.InlineFragment:
				if e.included(s.Directives) && applies(def, s.TypeCondition) {
					walk(s.SelectionSet)
				}
			case *ast.FragmentSpread:
				frag := e.doc.Fragments.ForName(s.Name)
				if frag == nil || visited[s.Name] || !e.included(s.Directives) ||
					!applies(def, frag.TypeCondition) {
					continue
				}
				visited[s.Name] = true
				walk(frag.SelectionSet)
			}
		}
	}
	for _, set := range sets {
		walk(set)
	}
	out := make([][]*ast.Field, len(order))
	for i, key := range order {
		out[i] = groups[key]
	}
	return out
}

// applies reports whether a fragment on typeCondition applies to objects of type def.
func applies(def *ast.Definition, typeCondition string) bool {
	if typeCondition == "" || typeCondition == def.Name {
		return true
	}
	cond := parsedSchema.Types[typeCondition]
	if cond == nil || !cond.IsAbstractType() {
		return false
	}
	for _, t := range parsedSchema.GetPossibleTypes(cond) {
		if t.Name == def.Name {
			return true
		}
	}
	return false
}

func (e *executor) included(directives ast.DirectiveList) bool {
	if d := directives.ForName("skip"); d != nil {
		if skip, _ := d.ArgumentMap(e.vars)["if"].(bool); skip {
			return false
		}
	}
	if d := directives.ForName("include"); d != nil {
		if include, _ := d.ArgumentMap(e.vars)["if"].(bool); !include {
			return false
		}
	}
	return true
}
