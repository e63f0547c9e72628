package workspace

import (
	"fmt"

	"attio-studio/backend/store"
)

// ObjectSpec describes a custom object to create. APISlug is how the API names it
// ("invoices"); the nouns are how the UI does ("Invoice", "Invoices").
type ObjectSpec struct {
	APISlug      string `json:"apiSlug"`
	SingularNoun string `json:"singularNoun"`
	PluralNoun   string `json:"pluralNoun"`
}

// CreateObject creates a custom object with a required "name" text attribute and the system
// attributes every object has. The slug must be new and valid; ids derive from it, so the
// object keeps its id across export and import.
func (w *Workspace) CreateObject(spec ObjectSpec) (Object, error) {
	if !slugPattern.MatchString(spec.APISlug) {
		return Object{}, invalid("api_slug", "%q is not a valid object slug: use lowercase "+
			"letters, digits and underscores, starting with a letter", spec.APISlug)
	}
	if spec.SingularNoun == "" || spec.PluralNoun == "" {
		return Object{}, invalid("singular_noun", "a new object needs a singular and a plural noun")
	}
	def := objectDef{slug: spec.APISlug, singular: spec.SingularNoun, plural: spec.PluralNoun,
		attrs: concat([]attrDef{{slug: "name", title: "Name", typ: TypeText, required: true}},
			recordSystemAttrs)}
	obj := buildObject(def, w.now())
	for i := range obj.Attributes {
		obj.Attributes[i].IsSystem = obj.Attributes[i].Slug != "name"
	}
	err := w.st.Update(func(tx *store.Tx) error {
		objs, err := loadObjects(tx)
		if err != nil {
			return err
		}
		for _, o := range objs {
			if o.Slug == spec.APISlug || o.ID == obj.ID {
				return invalid("api_slug", "%q is already the slug of an object", spec.APISlug)
			}
		}
		return saveObject(tx, &obj)
	})
	if err != nil {
		return Object{}, fmt.Errorf("create object %s: %w", spec.APISlug, err)
	}
	return obj, nil
}
