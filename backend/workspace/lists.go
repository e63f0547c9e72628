package workspace

import (
	"encoding/json"
	"fmt"
	"slices"

	"attio-studio/backend/store"
)

const bucketLists = "workspace/lists"

// List is an Attio list: a collection of records of one object (a sales pipeline of deals),
// each held by an entry with values of the list's own attributes.
type List struct {
	ID   string `json:"id"`
	Slug string `json:"api_slug"`
	Name string `json:"name"`
	// ParentObject is the slug of the object whose records the list holds.
	ParentObject string `json:"parent_object"`
	// WorkspaceAccess is what members may do with the list ("full-access", "read-and-write",
	// "read-only" or "" for none), as Attio reports it.
	WorkspaceAccess string    `json:"workspace_access"`
	CreatedBy       Actor     `json:"created_by_actor"`
	CreatedAt       Timestamp `json:"created_at"`
	// Attributes are the entry attributes, in display order.
	Attributes []Attribute `json:"attributes"`
}

// asObject views the list as the object its entries' values belong to, so entry values are
// normalized, filtered and sorted by the same code as record values.
func (l *List) asObject() *Object {
	return &Object{ID: l.ID, Slug: l.Slug, Singular: l.Name + " entry",
		Plural: l.Name + " entries", CreatedAt: l.CreatedAt, Attributes: l.Attributes}
}

// AsObject views the list as an object whose records are its entries (named "<list> entry"
// and "<list> entries"), for code that reads entries the way it reads records.
func (l List) AsObject() Object { return *l.asObject() }

// Lists lists the workspace's lists in the order they were created.
func (w *Workspace) Lists() ([]List, error) {
	var out []List
	err := w.st.View(func(tx *store.Tx) error {
		var err error
		out, err = loadLists(tx)
		return err
	})
	return out, err
}

// List finds a list by slug or id. An unknown one is a *NotFoundError.
func (w *Workspace) List(slugOrID string) (List, error) {
	var out List
	err := w.st.View(func(tx *store.Tx) error {
		l, err := loadList(tx, slugOrID)
		if err == nil {
			out = *l
		}
		return err
	})
	return out, err
}

func loadLists(tx *store.Tx) ([]List, error) {
	var out []List
	err := tx.ForEach(bucketLists, func(key string, raw []byte) error {
		var l List
		if err := json.Unmarshal(raw, &l); err != nil {
			return fmt.Errorf("decode list %s: %w", key, err)
		}
		out = append(out, l)
		return nil
	})
	slices.SortStableFunc(out, func(a, b List) int { return a.CreatedAt.Compare(b.CreatedAt.Time) })
	return out, err
}

func loadList(tx *store.Tx, slugOrID string) (*List, error) {
	var l List
	found, err := tx.Get(bucketLists, slugOrID, &l)
	if err != nil || found {
		return &l, err
	}
	lists, err := loadLists(tx)
	if err != nil {
		return nil, err
	}
	for i := range lists {
		if lists[i].Slug == slugOrID {
			return &lists[i], nil
		}
	}
	return nil, notFound("list", slugOrID)
}

func saveList(tx *store.Tx, l *List) error {
	if err := touchSchema(tx); err != nil {
		return err
	}
	return tx.Put(bucketLists, l.ID, l)
}
