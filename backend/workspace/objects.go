package workspace

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"attio-studio/backend/store"
)

// Objects lists the workspace's objects in the order they were created (people, companies,
// deals, users, workspaces, then custom objects).
func (w *Workspace) Objects() ([]Object, error) {
	var objs []Object
	err := w.st.View(func(tx *store.Tx) error {
		cat, err := w.catalog(tx)
		if err != nil {
			return err
		}
		for i := range cat.objects {
			objs = append(objs, *cloneObject(&cat.objects[i]))
		}
		return nil
	})
	return objs, err
}

// Object finds an object by slug ("people") or id. An unknown one is a *NotFoundError.
func (w *Workspace) Object(slugOrID string) (Object, error) {
	var obj *Object
	err := w.st.View(func(tx *store.Tx) error {
		var err error
		obj, err = w.objectIn(tx, slugOrID)
		return err
	})
	if err != nil {
		return Object{}, err
	}
	return *cloneObject(obj), nil
}

// objectIn finds an object as tx sees it, from the cached catalog. It must not be changed.
func (w *Workspace) objectIn(tx *store.Tx, slugOrID string) (*Object, error) {
	cat, err := w.catalog(tx)
	if err != nil {
		return nil, err
	}
	return cat.object(slugOrID)
}

// Attributes lists the attributes of an object (by slug or id) in display order.
func (w *Workspace) Attributes(object string) ([]Attribute, error) {
	obj, err := w.Object(object)
	return obj.Attributes, err
}

// AttributeSpec describes an attribute an app expects the workspace to have. Its JSON form is
// the one an app's studio settings use.
type AttributeSpec struct {
	Slug          string        `json:"slug"`
	Title         string        `json:"title"`
	Type          AttributeType `json:"type"`
	IsMultiselect bool          `json:"isMultiselect,omitempty"`
	// Options are the titles of a select's options or a status attribute's statuses.
	Options []string `json:"options,omitempty"`
	// TargetObject is the slug of the object a record-reference attribute points at.
	TargetObject string `json:"targetObject,omitempty"`
	// CurrencyCode is a currency attribute's ISO 4217 code; USD when empty.
	CurrencyCode string `json:"currencyCode,omitempty"`
}

var slugPattern = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// EnsureAttribute makes sure object has the attribute spec describes and returns it. It is
// idempotent: an existing attribute with the same slug and type is kept, and only the options
// it lacks are added. An existing attribute of another type is a *ValidationError. Ids derive
// from the object and slug, so the attribute has the same id after every Reset.
func (w *Workspace) EnsureAttribute(object string, spec AttributeSpec) (Attribute, error) {
	var out Attribute
	err := w.st.Update(func(tx *store.Tx) error {
		obj, err := loadObject(tx, object)
		if err != nil {
			return err
		}
		if err := checkSpec(tx, spec); err != nil {
			return err
		}
		attr, existed := obj.Attribute(spec.Slug)
		if existed && attr.Type != spec.Type {
			return invalid(spec.Slug, "already exists on %s with type %s, not %s",
				obj.Slug, attr.Type, spec.Type)
		}
		if !existed {
			obj.Attributes = append(obj.Attributes, newAttribute(obj, spec, w.now()))
			attr = &obj.Attributes[len(obj.Attributes)-1]
		}
		addOptions(attr, spec.Options)
		out = *attr
		return saveObject(tx, obj)
	})
	if err != nil {
		return Attribute{}, fmt.Errorf("ensure attribute %s on %s: %w", spec.Slug, object, err)
	}
	return out, nil
}

func checkSpec(tx *store.Tx, spec AttributeSpec) error {
	switch {
	case !slugPattern.MatchString(spec.Slug):
		return invalid(spec.Slug, "is not a valid attribute slug: use lowercase letters, "+
			"digits and underscores, starting with a letter")
	case !knownTypes[spec.Type]:
		return invalid(spec.Slug, "has unknown attribute type %q", spec.Type)
	case spec.Type == TypeRecordReference:
		if _, err := loadObject(tx, spec.TargetObject); err != nil {
			return invalid(spec.Slug, "points at object %q, which does not exist",
				spec.TargetObject)
		}
	}
	return nil
}

func newAttribute(obj *Object, spec AttributeSpec, now time.Time) Attribute {
	title := spec.Title
	if title == "" {
		title = spec.Slug
	}
	currency := spec.CurrencyCode
	if spec.Type == TypeCurrency && currency == "" {
		currency = "USD"
	}
	return Attribute{
		ID: stableID("attribute", obj.ID, spec.Slug), Slug: spec.Slug, Title: title,
		Type: spec.Type, IsMultiselect: spec.IsMultiselect, IsWritable: true,
		TargetObject: spec.TargetObject, CurrencyCode: strings.ToUpper(currency),
		CreatedAt: At(now),
	}
}

func addOptions(attr *Attribute, titles []string) {
	for _, title := range titles {
		if _, ok := attr.Option(title); !ok {
			attr.Options = append(attr.Options,
				Option{ID: stableID("option", attr.ID, title), Title: title})
		}
	}
}

func loadObjects(tx *store.Tx) ([]Object, error) {
	var objs []Object
	err := tx.ForEach(bucketObjects, func(key string, raw []byte) error {
		var o Object
		if err := json.Unmarshal(raw, &o); err != nil {
			return fmt.Errorf("decode object %s: %w", key, err)
		}
		objs = append(objs, o)
		return nil
	})
	slices.SortStableFunc(objs, func(a, b Object) int {
		return a.CreatedAt.Compare(b.CreatedAt.Time)
	})
	return objs, err
}

func loadObject(tx *store.Tx, slugOrID string) (*Object, error) {
	var obj Object
	found, err := tx.Get(bucketObjects, slugOrID, &obj)
	if err != nil || found {
		return &obj, err
	}
	objs, err := loadObjects(tx)
	if err != nil {
		return nil, err
	}
	for i := range objs {
		if objs[i].Slug == slugOrID {
			return &objs[i], nil
		}
	}
	return nil, notFound("object", slugOrID)
}

func saveObject(tx *store.Tx, obj *Object) error {
	if err := touchSchema(tx); err != nil {
		return err
	}
	return tx.Put(bucketObjects, obj.ID, obj)
}

func equalFold(a, b string) bool { return strings.EqualFold(a, b) }
