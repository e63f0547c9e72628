package studio

import (
	"context"
	"encoding/json"
	"fmt"

	"attio-studio/backend/calllog"
	"attio-studio/backend/graphql"
	"attio-studio/backend/workspace"
)

// ObjectInfo describes one object for the studio's sidebar.
type ObjectInfo struct {
	ID           string `json:"id"`
	Slug         string `json:"slug"`
	SingularNoun string `json:"singularNoun"`
	PluralNoun   string `json:"pluralNoun"`
}

// AttributeInfo describes one attribute for the studio's record pages.
type AttributeInfo struct {
	ID            string       `json:"id"`
	Slug          string       `json:"slug"`
	Title         string       `json:"title"`
	Type          string       `json:"type"`
	IsMultiselect bool         `json:"isMultiselect"`
	IsRequired    bool         `json:"isRequired"`
	IsUnique      bool         `json:"isUnique"`
	Options       []OptionInfo `json:"options,omitempty"`
}

// OptionInfo is one choice of a select or status attribute.
type OptionInfo struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// Objects lists the workspace's objects.
func (s *Session) Objects() ([]ObjectInfo, error) {
	objects, err := s.workspace.Objects()
	if err != nil {
		return nil, err
	}
	out := make([]ObjectInfo, 0, len(objects))
	for _, o := range objects {
		out = append(out, ObjectInfo{ID: o.ID, Slug: o.Slug, SingularNoun: o.Singular,
			PluralNoun: o.Plural})
	}
	return out, nil
}

// Attributes lists an object's attributes in display order, archived ones left out.
func (s *Session) Attributes(object string) ([]AttributeInfo, error) {
	attrs, err := s.workspace.Attributes(object)
	if err != nil {
		return nil, err
	}
	out := make([]AttributeInfo, 0, len(attrs))
	for _, a := range attrs {
		if a.IsArchived {
			continue
		}
		info := AttributeInfo{ID: a.ID, Slug: a.Slug, Title: a.Title, Type: string(a.Type),
			IsMultiselect: a.IsMultiselect, IsRequired: a.IsRequired, IsUnique: a.IsUnique}
		for _, o := range a.Options {
			info.Options = append(info.Options, OptionInfo{ID: o.ID, Title: o.Title})
		}
		out = append(out, info)
	}
	return out, nil
}

// ListRecords returns a page of an object's records in Attio's REST shape.
func (s *Session) ListRecords(object string, limit, offset int) ([]workspace.Record, error) {
	if limit <= 0 {
		limit = 500
	}
	return s.workspace.ListRecords(object, workspace.Query{Limit: limit, Offset: offset})
}

// GetRecord returns one record in Attio's REST shape.
func (s *Session) GetRecord(object, recordID string) (workspace.Record, error) {
	return s.workspace.GetRecord(object, recordID)
}

// RunQuery answers a GraphQL query from the app's client code (runQuery, useQuery) as a
// recorded call under parent.
func (s *Session) RunQuery(ctx context.Context, query string, variables map[string]any,
	parent string) graphql.Response {
	args, _ := json.Marshal(map[string]any{"query": query, "variables": variables})
	rec := s.calls.Start(calllog.KindQuery, queryName(query), parent, args)
	res := s.graphql.Execute(ctx, graphql.Request{Query: query, Variables: variables})
	result, _ := json.Marshal(res)
	var callErr *calllog.Error
	if len(res.Errors) > 0 {
		callErr = &calllog.Error{Name: "GraphQLError", Message: res.Errors[0].Message}
		if len(res.Errors) > 1 {
			callErr.Message += fmt.Sprintf(" (and %d more)", len(res.Errors)-1)
		}
	}
	rec.Finish(result, callErr)
	return res
}
