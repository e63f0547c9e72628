// Package graphql answers the GraphQL queries Attio apps run with runQuery and useQuery, over
// the mock workspace. The schema (schema.graphql, written from the SDK notes) is parsed and
// queries are validated with gqlparser; a small executor resolves them against workspace
// records, with aliases, variables, fragments, abstract types, null propagation, errors that
// carry locations and paths, and introspection (__schema, __type) for GraphQL tools.
package graphql

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/validator"

	"attio-studio/backend/workspace"
)

//go:embed schema.graphql
var schemaSDL string

// SDL is the schema's text, for tools (GraphiQL, codegen) that want it.
func SDL() string { return schemaSDL }

// parsedSchema is loaded once: the schema is static, and custom attributes are reached through
// attribute(slug), not new fields.
var parsedSchema = func() *ast.Schema {
	s, err := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphql", Input: schemaSDL})
	if err != nil {
		panic(fmt.Sprintf("graphql: the embedded schema is invalid: %v", err))
	}
	return s
}()

// Schema executes queries against one workspace. It is safe for concurrent use.
type Schema struct {
	ws *workspace.Workspace
}

// New returns the schema over ws.
func New(ws *workspace.Workspace) *Schema { return &Schema{ws: ws} }

// Request is one GraphQL request.
type Request struct {
	Query         string         `json:"query"`
	Variables     map[string]any `json:"variables,omitempty"`
	OperationName string         `json:"operationName,omitempty"`
}

// Response is a GraphQL response: Data is null when the request could not run (it did not
// parse or validate, or its variables were wrong); Errors lists what went wrong.
type Response struct {
	Data   json.RawMessage `json:"data"`
	Errors []Error         `json:"errors,omitempty"`
}

// Error is one GraphQL error, with where in the query it happened and, for errors while
// resolving, the path of the field in the response.
type Error struct {
	Message   string     `json:"message"`
	Locations []Location `json:"locations,omitempty"`
	Path      []any      `json:"path,omitempty"`
}

// Location is a 1-based line and column in the query text.
type Location struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

// Error is the message, so an Error can travel as a Go error.
func (e Error) Error() string { return e.Message }

var null = json.RawMessage("null")

// Execute runs one query operation. It never panics on bad input: every problem is an error
// in the response.
func (s *Schema) Execute(ctx context.Context, req Request) Response {
	doc, errs := loadQuery(req.Query)
	if len(errs) > 0 {
		return Response{Data: null, Errors: fromGQLErrors(errs)}
	}
	op, err := pickOperation(doc, req.OperationName)
	if err != nil {
		return Response{Data: null, Errors: []Error{*err}}
	}
	vars, verr := validator.VariableValues(parsedSchema, op, req.Variables)
	if verr != nil {
		return Response{Data: null, Errors: []Error{variableError(op, verr)}}
	}
	e := newExecutor(ctx, s.ws, doc, vars)
	return e.run(op)
}

func pickOperation(doc *ast.QueryDocument, name string) (*ast.OperationDefinition, *Error) {
	if name != "" {
		if op := doc.Operations.ForName(name); op != nil {
			return op, nil
		}
		return nil, &Error{Message: fmt.Sprintf("The query has no operation named %q.", name)}
	}
	if len(doc.Operations) != 1 {
		return nil, &Error{Message: fmt.Sprintf("The query has %d operations; name the one "+
			"to run with operationName.", len(doc.Operations))}
	}
	return doc.Operations[0], nil
}

// goTypeMismatch matches gqlparser's "cannot use float64 as String", which names Go types.
var goTypeMismatch = regexp.MustCompile(`^cannot use ([\w\[\]{}]+) as (\w+)$`)

var jsonKinds = map[string]string{"float64": "a number", "int": "a number", "int64": "a number",
	"string": "a string", "bool": "a boolean", "map[string]interface {}": "an object",
	"[]interface {}": "a list"}

// variableError says which variable was wrong, pointing at its definition. gqlparser reports
// it with a path (variable.name...), which in a GraphQL response would read as a field path.
func variableError(op *ast.OperationDefinition, err error) Error {
	var gqlErr *gqlerror.Error
	if !errors.As(err, &gqlErr) || len(gqlErr.Path) < 2 {
		return Error{Message: sentence(err.Error())}
	}
	name := fmt.Sprint(gqlErr.Path[1])
	problem := strings.TrimSuffix(gqlErr.Message, ".")
	if m := goTypeMismatch.FindStringSubmatch(problem); m != nil {
		problem = fmt.Sprintf("expected %s, but got %s", m[2], jsonKinds[m[1]])
		if jsonKinds[m[1]] == "" {
			problem = fmt.Sprintf("expected %s", m[2])
		}
	}
	out := Error{Message: fmt.Sprintf("Variable \"$%s\": %s.", name, problem)}
	if len(gqlErr.Path) > 2 {
		out.Message = fmt.Sprintf("Variable \"$%s\" at %s: %s.", name, gqlErr.Path[2:], problem)
	}
	if def := op.VariableDefinitions.ForName(name); def != nil && def.Position != nil {
		out.Locations = []Location{{Line: def.Position.Line, Column: def.Position.Column}}
	}
	return out
}

func fromGQLErrors(errs gqlerror.List) []Error {
	out := make([]Error, 0, len(errs))
	for _, e := range errs {
		ge := Error{Message: e.Message}
		for _, l := range e.Locations {
			ge.Locations = append(ge.Locations, Location{Line: l.Line, Column: l.Column})
		}
		for _, p := range e.Path {
			switch p := p.(type) {
			case ast.PathName:
				ge.Path = append(ge.Path, string(p))
			case ast.PathIndex:
				ge.Path = append(ge.Path, int(p))
			}
		}
		out = append(out, ge)
	}
	return out
}
