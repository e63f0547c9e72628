package workspace

import (
	"attio-studio/backend/store"
)

// schemaKey holds a token that changes (to a new random id) with every change to objects,
// attributes or lists. A decoded catalog is reused while the token in the transaction's view
// is the one it was read with: the token is a function of the content, so the cache cannot
// serve another state, even across stores, rolled-back writes or imports.
const schemaKey = "schema"

// catalog is the decoded objects and lists of one state of the workspace. It is shared by
// concurrent readers and must not be changed; writers that change an object copy it first.
type catalog struct {
	token   string
	objects []Object
	lists   []List
}

func (c *catalog) object(slugOrID string) (*Object, error) {
	for i := range c.objects {
		if o := &c.objects[i]; o.Slug == slugOrID || o.ID == slugOrID {
			return o, nil
		}
	}
	return nil, notFound("object", slugOrID)
}

func (c *catalog) list(slugOrID string) (*List, error) {
	for i := range c.lists {
		if l := &c.lists[i]; l.Slug == slugOrID || l.ID == slugOrID {
			return l, nil
		}
	}
	return nil, notFound("list", slugOrID)
}

// catalog returns the objects and lists as tx sees them, decoding them only when they changed.
func (w *Workspace) catalog(tx *store.Tx) (*catalog, error) {
	var token string
	if _, err := tx.Get(bucketInfo, schemaKey, &token); err != nil {
		return nil, err
	}
	if c := w.cat.Load(); token != "" && c != nil && c.token == token {
		return c, nil
	}
	objs, err := loadObjects(tx)
	if err != nil {
		return nil, err
	}
	lists, err := loadLists(tx)
	if err != nil {
		return nil, err
	}
	c := &catalog{token: token, objects: objs, lists: lists}
	if token != "" {
		w.cat.Store(c)
	}
	return c, nil
}

// touchSchema gives the objects and lists a new token, so cached catalogs are not reused.
func touchSchema(tx *store.Tx) error { return tx.Put(bucketInfo, schemaKey, newID()) }

// cloneObject copies an object deeply enough to change its attributes and their options.
func cloneObject(o *Object) *Object {
	c := *o
	c.Attributes = make([]Attribute, len(o.Attributes))
	for i, a := range o.Attributes {
		a.Options = append([]Option(nil), a.Options...)
		c.Attributes[i] = a
	}
	return &c
}
