package graphql

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"

	"attio-studio/backend/workspace"
)

// executor runs one operation. It is used by one goroutine.
type executor struct {
	ctx     context.Context
	ws      *workspace.Workspace
	doc     *ast.QueryDocument
	vars    map[string]any
	errors  []Error
	records map[string]*recordNode // loaded records and entries, by object or list/id
	objects []workspace.Object
	lists   []workspace.List
	wsInfo  *workspace.Info
	// resolved counts the fields resolved so far, against MaxResolvedFields.
	resolved int
}

func newExecutor(ctx context.Context, ws *workspace.Workspace, doc *ast.QueryDocument,
	vars map[string]any) *executor {
	return &executor{ctx: ctx, ws: ws, doc: doc, vars: vars, records: map[string]*recordNode{}}
}

func (e *executor) run(op *ast.OperationDefinition) Response {
	root := parsedSchema.Query
	data, _ := e.selectionSet(root, []ast.SelectionSet{op.SelectionSet}, nil, nil)
	raw, err := json.Marshal(data)
	if err != nil {
		return Response{Data: null, Errors: append(e.errors,
			Error{Message: fmt.Sprintf("The result could not be encoded: %v", err)})}
	}
	return Response{Data: raw, Errors: e.errors}
}

// selectionSet resolves the fields selected on a value of an object type. ok is false when a
// non-null field came back null, so this object must be null too.
func (e *executor) selectionSet(def *ast.Definition, sets []ast.SelectionSet, parent any,
	path []any) (any, bool) {
	out := &orderedObject{}
	for _, group := range e.collectFields(def, sets) {
		field := group[0]
		fieldPath := appendPath(path, field.Alias)
		if field.Name == "__typename" {
			out.set(field.Alias, def.Name)
			continue
		}
		value, ok := e.field(def, group, parent, fieldPath)
		if !ok {
			return nil, false
		}
		out.set(field.Alias, value)
	}
	return out, true
}

// field resolves and completes one response key.
func (e *executor) field(def *ast.Definition, group []*ast.Field, parent any,
	path []any) (any, bool) {
	field := group[0]
	fieldDef := def.Fields.ForName(field.Name)
	if fieldDef == nil {
		e.fail(field, path, fmt.Sprintf("%s has no field %q.", def.Name, field.Name))
		return nil, true
	}
	if err := e.ctx.Err(); err != nil {
		e.fail(field, path, fmt.Sprintf("The query was cancelled: %v", err))
		return nil, !fieldDef.Type.NonNull
	}
	if e.resolved++; e.resolved > MaxResolvedFields {
		if e.resolved == MaxResolvedFields+1 {
			e.fail(field, path, fmt.Sprintf("The answer grew past %d fields, so the studio "+
				"stopped resolving it; select fewer nested records.", MaxResolvedFields))
		}
		return nil, !fieldDef.Type.NonNull
	}
	value, err := e.resolve(def, field, parent)
	if err != nil {
		e.fail(field, path, sentence(err.Error()))
		return nil, !fieldDef.Type.NonNull
	}
	return e.complete(fieldDef.Type, group, value, path)
}

// complete turns a resolved value into output of type t. ok is false when null must propagate
// to the parent; the error that caused it has been recorded.
func (e *executor) complete(t *ast.Type, group []*ast.Field, value any, path []any) (any,
	bool) {
	out, ok := e.completeValue(t, group, value, path)
	if !t.NonNull {
		return out, true
	}
	if ok && out == nil {
		e.fail(group[0], path, fmt.Sprintf("Cannot return null for non-nullable field %s.",
			group[0].Name))
	}
	return out, ok && out != nil
}

func (e *executor) completeValue(t *ast.Type, group []*ast.Field, value any, path []any) (any,
	bool) {
	if isNil(value) {
		return nil, true
	}
	if t.Elem != nil {
		items := reflect.ValueOf(value)
		if items.Kind() != reflect.Slice {
			e.fail(group[0], path, fmt.Sprintf("Expected a list for %s.", group[0].Name))
			return nil, true
		}
		out := make([]any, items.Len())
		for i := range out {
			item, ok := e.complete(t.Elem, group, items.Index(i).Interface(), appendPath(path, i))
			if !ok {
				return nil, false
			}
			out[i] = item
		}
		return out, true
	}
	def := parsedSchema.Types[t.NamedType]
	switch def.Kind {
	case ast.Scalar, ast.Enum:
		return serializeScalar(def.Name, value), true
	case ast.Interface, ast.Union:
		concrete := parsedSchema.Types[typeOf(value)]
		if concrete == nil {
			e.fail(group[0], path, fmt.Sprintf("The studio cannot tell which %s this is.",
				def.Name))
			return nil, true
		}
		def = concrete
	}
	sets := make([]ast.SelectionSet, len(group))
	for i, f := range group {
		sets[i] = f.SelectionSet
	}
	return e.selectionSet(def, sets, value, path)
}

func (e *executor) fail(field *ast.Field, path []any, message string) {
	err := Error{Message: message, Path: append([]any(nil), path...)}
	if field.Position != nil {
		err.Locations = []Location{{Line: field.Position.Line, Column: field.Position.Column}}
	}
	e.errors = append(e.errors, err)
}

func appendPath(path []any, elem any) []any {
	return append(append(make([]any, 0, len(path)+1), path...), elem)
}

func isNil(v any) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Interface:
		return rv.IsNil()
	}
	return false
}

// serializeScalar gives a resolved leaf the JSON type its GraphQL type promises.
func serializeScalar(typeName string, v any) any {
	switch typeName {
	case "Int":
		switch n := v.(type) {
		case float64:
			return int64(n)
		case int:
			return n
		}
	case "Float":
		switch n := v.(type) {
		case int:
			return float64(n)
		case float64:
			return n
		}
	case "String", "ID":
		if s, ok := v.(string); ok {
			return s
		}
		return fmt.Sprint(v)
	}
	return v
}

// sentence makes a Go error message read as the sentence a GraphQL error is.
func sentence(s string) string {
	if s == "" {
		return s
	}
	s = strings.ToUpper(s[:1]) + s[1:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}
