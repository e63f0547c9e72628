package workspace

import "slices"

// reindex keeps the index of a unique attribute (emails, domains) in step with one record's
// change, and refuses a value another record already has.
func (w *writer) reindex(obj *Object, r *Record, attr *Attribute, removed,
	added []map[string]any) error {
	if !attr.IsUnique {
		return nil
	}
	bucket := uniqueBucket(obj.ID, attr.ID)
	for _, f := range removed {
		key := identity(attr.Type, f)
		var owner string
		if _, err := w.tx.Get(bucket, key, &owner); err != nil {
			return err
		}
		if owner != r.ID.RecordID {
			continue
		}
		if err := w.tx.Delete(bucket, key); err != nil {
			return err
		}
	}
	for _, f := range added {
		key := identity(attr.Type, f)
		var owner string
		found, err := w.tx.Get(bucket, key, &owner)
		if err != nil {
			return err
		}
		if found && owner != r.ID.RecordID {
			return &ConflictError{Attribute: attr.Slug, Value: key, RecordID: owner}
		}
		if err := w.tx.Put(bucket, key, r.ID.RecordID); err != nil {
			return err
		}
	}
	return nil
}

// unindex drops a deleted record's unique values.
func (w *writer) unindex(obj *Object, r *Record) error {
	for i := range obj.Attributes {
		attr := &obj.Attributes[i]
		current := currentValues(r.Values[attr.Slug])
		fields := make([]map[string]any, len(current))
		for j, v := range current {
			fields[j] = v.Fields
		}
		if err := w.reindex(obj, r, attr, fields, nil); err != nil {
			return err
		}
	}
	return nil
}

// lookupUnique finds the record whose unique attribute has one of the given values.
func (w *writer) lookupUnique(obj *Object, attr *Attribute, items []map[string]any) (string,
	bool, error) {
	bucket := uniqueBucket(obj.ID, attr.ID)
	for _, it := range items {
		var owner string
		found, err := w.tx.Get(bucket, identity(attr.Type, it), &owner)
		if err != nil || found {
			return owner, found, err
		}
	}
	return "", false, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func sortStrings(s []string) { slices.Sort(s) }
