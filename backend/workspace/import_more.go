package workspace

import "fmt"

// checkLists checks the lists and their entries.
func (c *checker) checkLists() error {
	seen := map[string]*List{}
	for i := range c.doc.Lists {
		l := &c.doc.Lists[i]
		path := fmt.Sprintf("lists[%d]", i)
		switch {
		case l.ID == "" || !slugPattern.MatchString(l.Slug):
			return bad(path, "needs an id and an api_slug of lowercase letters, digits and "+
				"underscores")
		case seen[l.ID] != nil || seen[l.Slug] != nil:
			return bad(path, "repeats the id or api_slug of another list")
		case c.objects[l.ParentObject] == nil || c.objects[l.ParentObject].Slug != l.ParentObject:
			return bad(path+".parent_object", "%q is not an object of the document",
				l.ParentObject)
		}
		seen[l.ID], seen[l.Slug] = l, l
		if err := c.attributes(path+".attributes", l.Attributes, false); err != nil {
			return err
		}
	}
	for slug := range c.doc.Entries {
		if seen[slug] == nil || seen[slug].Slug != slug {
			return bad("entries."+slug, "names no list of the document")
		}
	}
	for i := range c.doc.Lists {
		if err := c.checkEntries(&c.doc.Lists[i]); err != nil {
			return err
		}
	}
	return nil
}

func (c *checker) checkEntries(l *List) error {
	ids := map[string]bool{}
	unique := map[string]string{}
	obj := l.asObject()
	for j, e := range c.doc.Entries[l.Slug] {
		path := fmt.Sprintf("entries.%s[%d]", l.Slug, j)
		want := EntryID{c.doc.Workspace.ID, l.ID, e.ID.EntryID}
		if e.ID.EntryID == "" || e.ID != want || ids[e.ID.EntryID] {
			return bad(path+".id", "must be {workspace_id: the workspace's, list_id: %s's, "+
				"entry_id: one not used by another entry}", l.Slug)
		}
		ids[e.ID.EntryID] = true
		if e.ParentObject != l.ParentObject {
			return bad(path+".parent_object", "is %q, but %s holds %s", e.ParentObject,
				l.Slug, l.ParentObject)
		}
		if c.records[l.ParentObject][e.ParentRecordID] == nil {
			return bad(path+".parent_record_id", "%s has no record %q", l.ParentObject,
				e.ParentRecordID)
		}
		if err := c.values(path+".entry_values", obj, "", e.Values); err != nil {
			return err
		}
		if err := c.unique(path+".entry_values", obj, e.asRecord(), "entry", unique); err != nil {
			return err
		}
	}
	return nil
}

func (c *checker) checkNotes() error {
	ids := map[string]bool{}
	for i, n := range c.doc.Notes {
		path := fmt.Sprintf("notes[%d]", i)
		switch {
		case n.ID.NoteID == "" || ids[n.ID.NoteID]:
			return bad(path+".id.note_id", "is empty or used twice")
		case c.records[n.ParentObject] == nil:
			return bad(path+".parent_object", "%q is not an object of the document",
				n.ParentObject)
		case c.records[n.ParentObject][n.ParentRecordID] == nil:
			return bad(path+".parent_record_id", "%s has no record %q", n.ParentObject,
				n.ParentRecordID)
		}
		ids[n.ID.NoteID] = true
	}
	return nil
}

func (c *checker) checkTasks() error {
	ids := map[string]bool{}
	for i, t := range c.doc.Tasks {
		path := fmt.Sprintf("tasks[%d]", i)
		if t.ID.TaskID == "" || ids[t.ID.TaskID] {
			return bad(path+".id.task_id", "is empty or used twice")
		}
		ids[t.ID.TaskID] = true
		for j, l := range t.LinkedRecords {
			obj := c.objects[l.TargetObjectID]
			if obj == nil || c.records[obj.Slug][l.TargetRecordID] == nil {
				return bad(fmt.Sprintf("%s.linked_records[%d]", path, j), "points at a record "+
					"that is not in the document")
			}
		}
		for j, a := range t.Assignees {
			if !c.members[a.ActorID] {
				return bad(fmt.Sprintf("%s.assignees[%d].referenced_actor_id", path, j),
					"%q is not one of the members", a.ActorID)
			}
		}
	}
	return nil
}

func (c *checker) checkConnections() error {
	for i, conn := range c.doc.Connections {
		path := fmt.Sprintf("connections[%d]", i)
		if conn.ID == "" || (conn.Kind != ConnectionWorkspace && conn.Kind != ConnectionUser) {
			return bad(path, "needs an id and a kind of %q or %q", ConnectionWorkspace,
				ConnectionUser)
		}
	}
	return nil
}
