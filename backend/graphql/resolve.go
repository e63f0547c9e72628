package graphql

import (
	"errors"
	"fmt"

	"github.com/vektah/gqlparser/v2/ast"

	"attio-studio/backend/workspace"
)

// searchLimit bounds the experimental_search* fields, which in Attio return a short list of
// best matches.
const searchLimit = 25

// resolve returns the raw value of one field of parent.
func (e *executor) resolve(def *ast.Definition, field *ast.Field, parent any) (any, error) {
	args := field.ArgumentMap(e.vars)
	switch p := parent.(type) {
	case nil:
		return e.resolveRoot(field.Name, args)
	case *recordNode:
		return e.recordField(p, def.Fields.ForName(field.Name), args)
	case *objectNode:
		return e.objectField(p, field.Name, args)
	case typed:
		return p.fields[field.Name], nil
	case introNode:
		return p.introField(field.Name, args), nil
	case map[string]any:
		return p[field.Name], nil
	}
	return nil, fmt.Errorf("the studio cannot resolve %s.%s", def.Name, field.Name)
}

func (e *executor) resolveRoot(name string, args map[string]any) (any, error) {
	str := func(k string) string { s, _ := args[k].(string); return s }
	switch name {
	case "person", "company", "deal", "workspace", "userRecord":
		object := map[string]string{"person": "people", "company": "companies", "deal": "deals",
			"workspace": "workspaces", "userRecord": "users"}[name]
		return nullIfMissing(e.loadRecord(object, str("id")))
	case "record":
		return e.loadRecord(str("object"), str("id"))
	case "records":
		return e.loadRecords(str("object"), args["ids"])
	case "objects":
		return e.objectNodes()
	case "object":
		return nullIfMissing(e.objectNode(str("slug")))
	case "people", "companies", "deals":
		return e.objectNode(name)
	case "workspaces", "users":
		return nullIfMissing(e.objectNode(name))
	case "currentUser":
		m, err := e.ws.CurrentUser()
		return userFields(m), err
	case "currentWorkspace":
		info, err := e.ws.Info()
		return map[string]any{"id": info.ID, "name": info.Name, "slug": info.Slug}, err
	case "experimental_searchRecords":
		return e.search(str("object"), str("query"))
	case "experimental_searchPeople", "experimental_searchCompanies",
		"experimental_searchDeals", "experimental_searchWorkspaces", "experimental_searchUsers":
		object := map[string]string{"experimental_searchPeople": "people",
			"experimental_searchCompanies": "companies", "experimental_searchDeals": "deals",
			"experimental_searchWorkspaces": "workspaces",
			"experimental_searchUsers":      "users"}[name]
		return nullIfMissing(e.search(object, str("query")))
	case "__schema":
		return schemaNode{}, nil
	case "__type":
		if def := parsedSchema.Types[str("name")]; def != nil {
			return typeNode{def: def}, nil
		}
		return nil, nil
	}
	return nil, fmt.Errorf("the studio does not answer %s yet", name)
}

func (e *executor) search(object, query string) (any, error) {
	obj, err := e.object(object)
	if err != nil {
		return nil, err
	}
	recs, err := e.ws.SearchRecords(obj.Slug, query, searchLimit)
	if err != nil {
		return nil, err
	}
	out := make([]any, len(recs))
	for i, r := range recs {
		out[i] = e.remember(obj, r)
	}
	return out, nil
}

// loadObjects reads the workspace's objects once per query.
func (e *executor) loadObjects() error {
	if e.objects != nil {
		return nil
	}
	objs, err := e.ws.Objects()
	e.objects = objs
	return err
}

// object finds an object by slug or id.
func (e *executor) object(slugOrID string) (*workspace.Object, error) {
	if err := e.loadObjects(); err != nil {
		return nil, err
	}
	for i := range e.objects {
		if o := &e.objects[i]; o.Slug == slugOrID || o.ID == slugOrID {
			return o, nil
		}
	}
	return nil, &workspace.NotFoundError{Kind: "object", Key: slugOrID}
}

// loadRecord returns the record, or nil when it does not exist; an unknown object is an error.
func (e *executor) loadRecord(object, id string) (any, error) {
	obj, err := e.object(object)
	if err != nil {
		return nil, err
	}
	if n, ok := e.records[obj.ID+"/"+id]; ok {
		return n, nil
	}
	rec, err := e.ws.GetRecord(obj.ID, id)
	if errors.Is(err, workspace.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return e.remember(obj, rec), nil
}

func (e *executor) remember(obj *workspace.Object, rec workspace.Record) *recordNode {
	n := &recordNode{obj: obj, rec: rec}
	e.records[obj.ID+"/"+rec.ID.RecordID] = n
	return n
}

// loadRecords returns one entry per id, nil for ids with no record.
func (e *executor) loadRecords(object string, ids any) (any, error) {
	list, _ := ids.([]any)
	out := make([]any, len(list))
	for i, id := range list {
		s, _ := id.(string)
		r, err := e.loadRecord(object, s)
		if err != nil {
			return nil, err
		}
		out[i] = r
	}
	return out, nil
}

func ignoreNotFound(err error) error {
	if errors.Is(err, workspace.ErrNotFound) {
		return nil
	}
	return err
}

// nullIfMissing turns "not found" into null, for fields that are null when the workspace
// lacks the object (workspaces, users) or the record.
func nullIfMissing(v any, err error) (any, error) {
	if errors.Is(err, workspace.ErrNotFound) {
		return nil, nil
	}
	return v, err
}

func (e *executor) objectNode(slug string) (any, error) {
	obj, err := e.object(slug)
	if err != nil {
		return nil, err
	}
	return &objectNode{obj: obj}, nil
}

func (e *executor) objectNodes() (any, error) {
	if err := e.loadObjects(); err != nil {
		return nil, err
	}
	out := make([]any, len(e.objects))
	for i := range e.objects {
		out[i] = &objectNode{obj: &e.objects[i]}
	}
	return out, nil
}
