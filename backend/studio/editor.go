package studio

import (
	"bytes"
	"encoding/json"
	"fmt"

	"attio-studio/backend/store"
	"attio-studio/backend/workspace"
)

// RecordQuery asks for a page of an object's records: an Attio filter, sorts, and free text
// searched across every value; a record must pass both the filter and the search, and the page
// is taken after sorting. Limit 0 means 100.
type RecordQuery struct {
	Filter map[string]any   `json:"filter,omitempty"`
	Sorts  []workspace.Sort `json:"sorts,omitempty"`
	Search string           `json:"search,omitempty"`
	Limit  int              `json:"limit"`
	Offset int              `json:"offset"`
}

// editor is the actor of every change made in the studio's own editor: the current user, as
// when a person edits a record in Attio.
func (s *Session) editor() workspace.Actor {
	if m, err := s.workspace.CurrentUser(); err == nil {
		return m.Actor()
	}
	return workspace.System
}

// QueryRecords returns the records of object that q selects.
func (s *Session) QueryRecords(object string, q RecordQuery) ([]workspace.Record, error) {
	if q.Limit <= 0 {
		q.Limit = 100
	}
	return s.workspace.ListRecords(object, workspace.Query{Filter: q.Filter, Search: q.Search,
		Sorts: q.Sorts, Limit: q.Limit, Offset: q.Offset})
}

// CreateRecord creates a record from values in any of Attio's write forms.
func (s *Session) CreateRecord(object string, values map[string]any) (workspace.Record, error) {
	return s.workspace.CreateRecord(object, values, s.editor())
}

// UpdateRecord writes values to a record. With overwrite, multi-value attributes are replaced
// (Attio's PUT); otherwise written values are added to them (PATCH).
func (s *Session) UpdateRecord(object, recordID string, values map[string]any, overwrite bool) (
	workspace.Record, error) {
	mode := workspace.Append
	if overwrite {
		mode = workspace.Overwrite
	}
	return s.workspace.UpdateRecord(object, recordID, values, mode, s.editor())
}

// DeleteRecord deletes a record.
func (s *Session) DeleteRecord(object, recordID string) error {
	return s.workspace.DeleteRecord(object, recordID)
}

// AddAttribute adds an attribute to an object (or returns it when it exists with that type).
func (s *Session) AddAttribute(object string, spec workspace.AttributeSpec) (AttributeInfo, error) {
	if spec.Slug == "" || spec.Type == "" {
		return AttributeInfo{}, fmt.Errorf("a new attribute needs a slug and a type")
	}
	if _, err := s.workspace.EnsureAttribute(object, spec); err != nil {
		return AttributeInfo{}, err
	}
	attrs, err := s.Attributes(object)
	if err != nil {
		return AttributeInfo{}, err
	}
	for _, a := range attrs {
		if a.Slug == spec.Slug {
			return a, nil
		}
	}
	return AttributeInfo{}, fmt.Errorf("attribute %q was not saved", spec.Slug)
}

// SearchRecords finds records of object whose values contain text, for reference pickers.
func (s *Session) SearchRecords(object, text string, limit int) ([]workspace.Record, error) {
	if limit <= 0 {
		limit = 20
	}
	return s.workspace.SearchRecords(object, text, limit)
}

// Members lists the workspace's members.
func (s *Session) Members() ([]workspace.Member, error) { return s.workspace.Members() }

// ResetWorkspace puts the default workspace back, then what the app's studio file expects.
func (s *Session) ResetWorkspace() error {
	if err := s.workspace.Reset(); err != nil {
		return err
	}
	err := s.store.Update(func(tx *store.Tx) error {
		return tx.Delete(metaBucket, "connections_seeded")
	})
	if err != nil {
		return err
	}
	if err := s.applyStudioFile(s.Project()); err != nil {
		return err
	}
	s.seedConnections()
	return nil
}

// ExportWorkspace returns the whole workspace as one JSON document.
func (s *Session) ExportWorkspace() (json.RawMessage, error) {
	var buf bytes.Buffer
	if err := s.workspace.Export(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// ImportWorkspace replaces the whole workspace with doc, as ExportWorkspace writes it. A bad
// document changes nothing.
func (s *Session) ImportWorkspace(doc json.RawMessage) error {
	return s.workspace.Import(bytes.NewReader(doc))
}

// GenerateRecords adds people made-up people and a tenth as many companies, to try the studio
// at scale (see workspace.Generate).
func (s *Session) GenerateRecords(people int) (workspace.Generated, error) {
	return s.workspace.Generate(people, s.editor())
}

// CountRecords is the number of records of object.
func (s *Session) CountRecords(object string) (int, error) {
	return s.workspace.CountRecords(object)
}

// CreateObject creates a custom object.
func (s *Session) CreateObject(spec workspace.ObjectSpec) (ObjectInfo, error) {
	o, err := s.workspace.CreateObject(spec)
	if err != nil {
		return ObjectInfo{}, err
	}
	return ObjectInfo{ID: o.ID, Slug: o.Slug, SingularNoun: o.Singular, PluralNoun: o.Plural}, nil
}
