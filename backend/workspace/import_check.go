package workspace

import (
	"fmt"
)

// checkDocument refuses a document the workspace could not hold consistently. Every problem
// names its place in the document.
func checkDocument(doc *document) error {
	switch {
	case doc.Format != DocumentFormat:
		return bad("format", "is %q; a workspace document's format is %q", doc.Format,
			DocumentFormat)
	case doc.Version != DocumentVersion:
		return bad("version", "is %d; this studio reads version %d", doc.Version,
			DocumentVersion)
	case doc.Workspace.ID == "" || doc.Workspace.Slug == "" || doc.Workspace.Name == "":
		return bad("workspace", "needs an id, a name and a slug")
	}
	c := &checker{doc: doc, members: map[string]bool{}, objects: map[string]*Object{},
		records: map[string]map[string]*Record{}}
	steps := []func() error{c.checkMembers, c.checkObjects, c.checkRecords,
		c.checkLists, c.checkNotes, c.checkTasks, c.checkConnections}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// checker holds what later parts of a document refer to.
type checker struct {
	doc     *document
	members map[string]bool
	objects map[string]*Object            // by slug and id
	records map[string]map[string]*Record // by object slug, then record id
}

func (c *checker) checkMembers() error {
	for i, m := range c.doc.Members {
		path := fmt.Sprintf("members[%d]", i)
		if m.ID == "" || c.members[m.ID] {
			return bad(path+".id", "is empty or used twice")
		}
		c.members[m.ID] = true
	}
	if !c.members[c.doc.CurrentMember] {
		return bad("current_member", "%q is not one of the members", c.doc.CurrentMember)
	}
	return nil
}

func (c *checker) checkObjects() error {
	for i := range c.doc.Objects {
		obj := &c.doc.Objects[i]
		path := fmt.Sprintf("objects[%d]", i)
		if obj.ID == "" || !slugPattern.MatchString(obj.Slug) {
			return bad(path, "needs an id and an api_slug of lowercase letters, digits and "+
				"underscores")
		}
		if c.objects[obj.ID] != nil || c.objects[obj.Slug] != nil {
			return bad(path, "repeats the id or api_slug of another object")
		}
		c.objects[obj.ID], c.objects[obj.Slug] = obj, obj
	}
	for i := range c.doc.Objects {
		path := fmt.Sprintf("objects[%d].attributes", i)
		if err := c.attributes(path, c.doc.Objects[i].Attributes, true); err != nil {
			return err
		}
	}
	return nil
}

// attributes checks the attributes of an object or list; an object's record references must
// agree with the attribute on the other side.
func (c *checker) attributes(path string, attrs []Attribute, inverses bool) error {
	seen := map[string]bool{}
	for j, a := range attrs {
		p := fmt.Sprintf("%s[%d]", path, j)
		switch {
		case a.ID == "" || !slugPattern.MatchString(a.Slug):
			return bad(p, "needs an id and an api_slug of lowercase letters, digits and "+
				"underscores")
		case seen[a.ID] || seen[a.Slug]:
			return bad(p, "repeats the id or api_slug of another attribute")
		case !knownTypes[a.Type]:
			return bad(p+".type", "%q is not an attribute type", a.Type)
		}
		seen[a.ID], seen[a.Slug] = true, true
		if a.Type != TypeRecordReference || a.TargetObject == "" {
			continue
		}
		target := c.objects[a.TargetObject]
		if target == nil {
			return bad(p+".target_object", "%q is not an object of the document",
				a.TargetObject)
		}
		if !inverses || a.Inverse == "" {
			continue
		}
		inv, ok := target.Attribute(a.Inverse)
		if !ok || inv.Type != TypeRecordReference {
			return bad(p+".inverse", "%s has no record-reference attribute %q", target.Slug,
				a.Inverse)
		}
	}
	return nil
}

func (c *checker) checkRecords() error {
	for slug := range c.doc.Records {
		if c.objects[slug] == nil || c.objects[slug].Slug != slug {
			return bad("records."+slug, "names no object of the document")
		}
	}
	for i := range c.doc.Objects {
		obj := &c.doc.Objects[i]
		ids := map[string]*Record{}
		for j := range c.doc.Records[obj.Slug] {
			r := &c.doc.Records[obj.Slug][j]
			path := fmt.Sprintf("records.%s[%d]", obj.Slug, j)
			want := RecordID{c.doc.Workspace.ID, obj.ID, r.ID.RecordID}
			if r.ID.RecordID == "" || r.ID != want || ids[r.ID.RecordID] != nil {
				return bad(path+".id", "must be {workspace_id: the workspace's, object_id: "+
					"%s's, record_id: one not used by another record}", obj.Slug)
			}
			ids[r.ID.RecordID] = r
		}
		c.records[obj.Slug] = ids
	}
	for i := range c.doc.Objects {
		obj := &c.doc.Objects[i]
		unique := map[string]string{}
		for j := range c.doc.Records[obj.Slug] {
			path := fmt.Sprintf("records.%s[%d]", obj.Slug, j)
			r := &c.doc.Records[obj.Slug][j]
			if err := c.values(path+".values", obj, r.ID.RecordID, r.Values); err != nil {
				return err
			}
			if err := c.unique(path+".values", obj, r, "record", unique); err != nil {
				return err
			}
		}
	}
	return nil
}

// unique refuses a unique value two records (or two entries of a list, noun "entry") share.
func (c *checker) unique(path string, obj *Object, r *Record, noun string,
	seen map[string]string) error {
	for _, a := range obj.Attributes {
		if !a.IsUnique {
			continue
		}
		for k, v := range r.Values[a.Slug] {
			if !v.Current() {
				continue
			}
			key := a.Slug + "\x00" + identity(a.Type, v.Fields)
			if other, taken := seen[key]; taken && other != r.ID.RecordID {
				return bad(fmt.Sprintf("%s.%s[%d]", path, a.Slug, k), "is also a value of "+
					"%s %s, and %s must be unique", noun, other, a.Slug)
			}
			seen[key] = r.ID.RecordID
		}
	}
	return nil
}
