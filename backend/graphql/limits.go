package graphql

import (
	"errors"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator"
	"github.com/vektah/gqlparser/v2/validator/rules"
)

// MaxFields bounds the fields one query may ask for, counting each fragment every time it is
// spread. Validation compares every pair of fields with the same name, and fragments that
// spread each other twice double the work at every level, so an unbounded query could hold the
// studio for minutes; the queries apps write ask for tens of fields.
const MaxFields = 1000

// MaxResolvedFields bounds the fields one query's answer may hold. A small query can still ask
// for an answer that grows exponentially (a person's company's team's company's team ...); the
// fields past it are null, with one error saying why. It is a variable for tests.
var MaxResolvedFields = 50_000

// loadQuery parses and validates a query document like gqlparser.LoadQueryWithRules, after
// refusing a document that asks for more than MaxFields fields.
func loadQuery(text string) (*ast.QueryDocument, gqlerror.List) {
	doc, err := parseLimited(text)
	if err != nil {
		return nil, gqlerror.List{err}
	}
	if errs := validator.ValidateWithRules(parsedSchema, doc, rules.NewDefaultRules()); len(errs) > 0 {
		return nil, errs
	}
	return doc, nil
}

// parseLimited parses text and checks its size.
func parseLimited(text string) (*ast.QueryDocument, *gqlerror.Error) {
	doc, err := parser.ParseQuery(&ast.Source{Input: text})
	if err != nil {
		var gqlErr *gqlerror.Error
		if errors.As(err, &gqlErr) {
			return nil, gqlErr
		}
		return nil, gqlerror.Wrap(err)
	}
	c := fieldCounter{doc: doc, fragments: map[string]int{}, visiting: map[string]bool{}}
	for _, op := range doc.Operations {
		if n := c.count(op.SelectionSet); n > MaxFields {
			return nil, gqlerror.ErrorPosf(op.Position, "The query asks for more than %d fields "+
				"(counting each fragment every time it is used); the studio refuses larger queries.",
				MaxFields)
		}
	}
	return doc, nil
}

// fieldCounter counts the fields a selection set expands to, stopping just past MaxFields.
type fieldCounter struct {
	doc       *ast.QueryDocument
	fragments map[string]int // counted fragments
	visiting  map[string]bool
}

func (c *fieldCounter) count(set ast.SelectionSet) int {
	n := 0
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			n += 1 + c.count(sel.SelectionSet)
		case *ast.InlineFragment:
			n += c.count(sel.SelectionSet)
		case *ast.FragmentSpread:
			n += c.fragment(sel.Name)
		}
		if n > MaxFields {
			return n
		}
	}
	return n
}

// fragment counts a named fragment once; a cycle (which validation reports) counts as nothing.
func (c *fieldCounter) fragment(name string) int {
	if n, ok := c.fragments[name]; ok {
		return n
	}
	def := c.doc.Fragments.ForName(name)
	if def == nil || c.visiting[name] {
		return 0
	}
	c.visiting[name] = true
	n := c.count(def.SelectionSet)
	c.visiting[name] = false
	c.fragments[name] = n
	return n
}
