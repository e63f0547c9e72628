package graphql

import (
	"attio-studio/backend/workspace"
)

// A list entry reads as a CustomRecord of a CustomObject that stands for its list: its id is
// the entry id, and attribute(slug) reads the entry's values.

// listEntries resolves a record's list_entries.
func (e *executor) listEntries(n *recordNode) (any, error) {
	if n.list != nil {
		return []any{}, nil // entries are not in lists themselves
	}
	refs, err := e.ws.RecordEntries(n.obj.ID, n.rec.ID.RecordID)
	if err != nil {
		return nil, ignoreNotFound(err)
	}
	out := []any{}
	for _, ref := range refs {
		entry, err := e.loadEntry(ref.ListID, ref.EntryID)
		if err != nil {
			return nil, err
		}
		if entry != nil {
			out = append(out, entry)
		}
	}
	return out, nil
}

// loadEntry returns the entry as a record node, or nil when it does not exist.
func (e *executor) loadEntry(list, entryID string) (*recordNode, error) {
	l, err := e.list(list)
	if err != nil {
		return nil, err
	}
	if n, ok := e.records[l.ID+"/"+entryID]; ok {
		return n, nil
	}
	entry, err := e.ws.GetEntry(l.ID, entryID)
	if err != nil {
		return nil, ignoreNotFound(err)
	}
	info, err := e.info()
	if err != nil {
		return nil, err
	}
	obj := l.AsObject()
	node := &recordNode{obj: &obj, rec: entry.AsRecord(info, *l), list: l}
	e.records[l.ID+"/"+entryID] = node
	return node, nil
}

// list finds a list by slug or id, reading the lists once per query.
func (e *executor) list(slugOrID string) (*workspace.List, error) {
	if e.lists == nil {
		lists, err := e.ws.Lists()
		if err != nil {
			return nil, err
		}
		e.lists = append([]workspace.List{}, lists...)
	}
	for i := range e.lists {
		if l := &e.lists[i]; l.Slug == slugOrID || l.ID == slugOrID {
			return l, nil
		}
	}
	return nil, &workspace.NotFoundError{Kind: "list", Key: slugOrID}
}

func (e *executor) info() (workspace.Info, error) {
	if e.wsInfo == nil {
		info, err := e.ws.Info()
		if err != nil {
			return info, err
		}
		e.wsInfo = &info
	}
	return *e.wsInfo, nil
}

// loadEntries returns one entry per id, nil for ids with no entry.
func (e *executor) loadEntries(list string, ids any) (any, error) {
	idList, _ := ids.([]any)
	out := make([]any, len(idList))
	for i, id := range idList {
		s, _ := id.(string)
		n, err := e.loadEntry(list, s)
		if err != nil {
			return nil, err
		}
		if n != nil {
			out[i] = n
		}
	}
	return out, nil
}
