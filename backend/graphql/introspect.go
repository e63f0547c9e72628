package graphql

import (
	"slices"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
)

// Introspection (__schema and __type) lets GraphQL tools (GraphiQL, codegen, editors) load the
// schema from the studio. Each node resolves its fields from the parsed schema on demand,
// since types refer to each other in cycles.

// introNode is a value of one of the introspection types.
type introNode interface {
	introField(name string, args map[string]any) any
}

type schemaNode struct{}

type typeNode struct {
	def  *ast.Definition // a named type, or nil for a wrapper
	wrap *ast.Type       // a list or non-null type, when def is nil
}

type fieldNode struct{ f *ast.FieldDefinition }

type inputNode struct {
	name, description string
	typ               *ast.Type
	def               *ast.Value
	directives        ast.DirectiveList
}

type enumNode struct{ v *ast.EnumValueDefinition }

type directiveNode struct{ d *ast.DirectiveDefinition }

func (schemaNode) introField(name string, _ map[string]any) any {
	switch name {
	case "types":
		names := make([]string, 0, len(parsedSchema.Types))
		for n := range parsedSchema.Types {
			names = append(names, n)
		}
		slices.Sort(names)
		out := make([]any, len(names))
		for i, n := range names {
			out[i] = typeNode{def: parsedSchema.Types[n]}
		}
		return out
	case "queryType":
		return typeNode{def: parsedSchema.Query}
	case "directives":
		names := make([]string, 0, len(parsedSchema.Directives))
		for n := range parsedSchema.Directives {
			names = append(names, n)
		}
		slices.Sort(names)
		out := make([]any, len(names))
		for i, n := range names {
			out[i] = directiveNode{parsedSchema.Directives[n]}
		}
		return out
	}
	return nil // description, mutationType, subscriptionType
}

// namedType is the node of a type named in a field or argument: wrappers outside in.
func namedType(t *ast.Type) any {
	if t == nil {
		return nil
	}
	if t.NonNull || t.Elem != nil {
		return typeNode{wrap: t}
	}
	if def := parsedSchema.Types[t.NamedType]; def != nil {
		return typeNode{def: def}
	}
	return nil
}

var kinds = map[ast.DefinitionKind]string{ast.Scalar: "SCALAR", ast.Object: "OBJECT",
	ast.Interface: "INTERFACE", ast.Union: "UNION", ast.Enum: "ENUM",
	ast.InputObject: "INPUT_OBJECT"}

func (t typeNode) introField(name string, args map[string]any) any {
	if t.def == nil {
		return t.wrapperField(name)
	}
	d := t.def
	switch name {
	case "kind":
		return kinds[d.Kind]
	case "name":
		return d.Name
	case "description":
		return nilIfEmpty(d.Description)
	case "fields":
		if d.Kind != ast.Object && d.Kind != ast.Interface {
			return nil
		}
		var out []any
		for _, f := range d.Fields {
			if !strings.HasPrefix(f.Name, "__") && keep(f.Directives, args) {
				out = append(out, fieldNode{f})
			}
		}
		return nonNilList(out)
	case "interfaces":
		if d.Kind != ast.Object && d.Kind != ast.Interface {
			return nil
		}
		return typeList(d.Interfaces)
	case "possibleTypes":
		if !d.IsAbstractType() {
			return nil
		}
		var out []any
		for _, p := range parsedSchema.GetPossibleTypes(d) {
			out = append(out, typeNode{def: p})
		}
		return nonNilList(out)
	case "enumValues":
		if d.Kind != ast.Enum {
			return nil
		}
		var out []any
		for _, v := range d.EnumValues {
			if keep(v.Directives, args) {
				out = append(out, enumNode{v})
			}
		}
		return nonNilList(out)
	case "inputFields":
		if d.Kind != ast.InputObject {
			return nil
		}
		var out []any
		for _, f := range d.Fields {
			out = append(out, inputNode{f.Name, f.Description, f.Type, f.DefaultValue,
				f.Directives})
		}
		return nonNilList(out)
	case "isOneOf":
		return d.Kind == ast.InputObject && d.Directives.ForName("oneOf") != nil
	}
	return nil // specifiedByURL, ofType
}

func (t typeNode) wrapperField(name string) any {
	switch name {
	case "kind":
		if t.wrap.NonNull {
			return "NON_NULL"
		}
		return "LIST"
	case "ofType":
		if t.wrap.NonNull {
			inner := *t.wrap
			inner.NonNull = false
			return namedType(&inner)
		}
		return namedType(t.wrap.Elem)
	}
	return nil
}

func (f fieldNode) introField(name string, _ map[string]any) any {
	switch name {
	case "name":
		return f.f.Name
	case "description":
		return nilIfEmpty(f.f.Description)
	case "args":
		out := []any{}
		for _, a := range f.f.Arguments {
			out = append(out, inputNode{a.Name, a.Description, a.Type, a.DefaultValue,
				a.Directives})
		}
		return out
	case "type":
		return namedType(f.f.Type)
	}
	return deprecation(f.f.Directives, name)
}

func (i inputNode) introField(name string, _ map[string]any) any {
	switch name {
	case "name":
		return i.name
	case "description":
		return nilIfEmpty(i.description)
	case "type":
		return namedType(i.typ)
	case "defaultValue":
		if i.def == nil {
			return nil
		}
		return i.def.String()
	}
	return deprecation(i.directives, name)
}

func (e enumNode) introField(name string, _ map[string]any) any {
	switch name {
	case "name":
		return e.v.Name
	case "description":
		return nilIfEmpty(e.v.Description)
	}
	return deprecation(e.v.Directives, name)
}

func (d directiveNode) introField(name string, _ map[string]any) any {
	switch name {
	case "name":
		return d.d.Name
	case "description":
		return nilIfEmpty(d.d.Description)
	case "locations":
		out := make([]any, len(d.d.Locations))
		for i, l := range d.d.Locations {
			out[i] = string(l)
		}
		return out
	case "args":
		out := []any{}
		for _, a := range d.d.Arguments {
			out = append(out, inputNode{a.Name, a.Description, a.Type, a.DefaultValue,
				a.Directives})
		}
		return out
	case "isRepeatable":
		return d.d.IsRepeatable
	}
	return nil
}

// deprecation answers isDeprecated and deprecationReason from a @deprecated directive.
func deprecation(directives ast.DirectiveList, name string) any {
	d := directives.ForName("deprecated")
	switch name {
	case "isDeprecated":
		return d != nil
	case "deprecationReason":
		if d == nil {
			return nil
		}
		if arg := d.Arguments.ForName("reason"); arg != nil && arg.Value != nil {
			return arg.Value.Raw
		}
		return "No longer supported"
	}
	return nil
}

// keep leaves deprecated fields and values out unless includeDeprecated is true.
func keep(directives ast.DirectiveList, args map[string]any) bool {
	include, _ := args["includeDeprecated"].(bool)
	return include || directives.ForName("deprecated") == nil
}

func typeList(names []string) []any {
	out := []any{}
	for _, n := range names {
		if def := parsedSchema.Types[n]; def != nil {
			out = append(out, typeNode{def: def})
		}
	}
	return out
}

func nonNilList(items []any) []any {
	if items == nil {
		return []any{}
	}
	return items
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
