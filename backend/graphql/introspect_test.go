package graphql

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// introspectionQuery is what GraphiQL and codegen tools send to load a schema (abridged to
// the parts that differ in shape, with the usual fragments).
const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives { name locations args { ...InputValue } isRepeatable }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) {
    name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason
  }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name ofType { kind name ofType { kind name ofType { kind name } } }
}`

func TestIntrospection(t *testing.T) {
	s, _ := newSchema(t)
	resp := s.Execute(context.Background(), Request{Query: introspectionQuery})
	if len(resp.Errors) > 0 {
		t.Fatalf("errors: %v", resp.Errors)
	}
	var out struct {
		Schema struct {
			QueryType    struct{ Name string }
			MutationType *struct{ Name string }
			Types        []struct {
				Kind, Name    string
				Fields        []struct{ Name string }
				PossibleTypes []struct{ Name string }
				EnumValues    []struct{ Name string }
			}
			Directives []struct{ Name string }
		} `json:"__schema"`
	}
	if err := json.Unmarshal(resp.Data, &out); err != nil {
		t.Fatal(err)
	}
	if out.Schema.QueryType.Name != "Query" || out.Schema.MutationType != nil {
		t.Errorf("root types = %+v, %+v", out.Schema.QueryType, out.Schema.MutationType)
	}
	byName := map[string]int{}
	for i, ty := range out.Schema.Types {
		byName[ty.Name] = i
	}
	for _, name := range []string{"Query", "Person", "Record", "AttributeValue", "String",
		"AttributeType", "__Schema"} {
		if _, ok := byName[name]; !ok {
			t.Errorf("type %s is missing", name)
		}
	}
	query := out.Schema.Types[byName["Query"]]
	for _, f := range query.Fields {
		if strings.HasPrefix(f.Name, "__") {
			t.Errorf("Query lists %s among its fields", f.Name)
		}
	}
	if n := len(out.Schema.Types[byName["AttributeValue"]].PossibleTypes); n != 23 {
		t.Errorf("AttributeValue has %d possible types, want 23", n)
	}
	if n := len(out.Schema.Types[byName["AttributeType"]].EnumValues); n != 17 {
		t.Errorf("AttributeType has %d values, want 17", n)
	}
	if len(out.Schema.Directives) < 3 {
		t.Errorf("directives = %v", out.Schema.Directives)
	}
}

func TestTypeIntrospection(t *testing.T) {
	s, _ := newSchema(t)
	tests := []struct{ query, want string }{
		{`{ __type(name: "Person") { kind name fields { name type { kind ofType { kind
		   ofType { kind name } } } } } }`, `"name":"email_addresses","type":{"kind":` +
			`"NON_NULL","ofType":{"kind":"LIST","ofType":{"kind":"NON_NULL","name":null}}}`},
		{`{ __type(name: "Person") { interfaces { name } } }`,
			`{"data":{"__type":{"interfaces":[{"name":"Record"}]}}}`},
		{`{ __type(name: "Nope") { name } }`, `{"data":{"__type":null}}`},
		{`{ __type(name: "Query") { fields { name args { name defaultValue
		   type { kind ofType { name } } } } } }`,
			`{"name":"person","args":[{"name":"id","defaultValue":null,"type":{"kind":` +
				`"NON_NULL","ofType":{"name":"String"}}}]}`},
	}
	for _, tt := range tests {
		if got := run(t, s, tt.query, nil); !strings.Contains(got, tt.want) {
			t.Errorf("%s\n got %s\nwant it to contain %s", tt.query, got, tt.want)
		}
	}
}
