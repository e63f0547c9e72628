package workspace

import "bytes"

// unlinkReferrers ends the values that point at a record being deleted from record-reference
// attributes without an inverse (a custom "Referred by" on people): Attio clears them, and a
// stale id would read as a reference to a record that does not exist. Attributes with an
// inverse are handled from the deleted record's side (see unlinkAll).
func (w *writer) unlinkReferrers(obj *Object, recordID string) error {
	for i := range w.objects {
		src := &w.objects[i]
		attrs := danglingAttributes(src, obj)
		if len(attrs) == 0 {
			continue
		}
		ids, err := w.referrers(src, recordID)
		if err != nil {
			return err
		}
		for _, id := range ids {
			for _, a := range attrs {
				if err := w.unlink(src, id, a, recordID); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// danglingAttributes are src's record-reference attributes without an inverse that point at
// target.
func danglingAttributes(src, target *Object) []*Attribute {
	var out []*Attribute
	for j := range src.Attributes {
		a := &src.Attributes[j]
		if a.Type == TypeRecordReference && a.Inverse == "" &&
			(a.TargetObject == target.Slug || a.TargetObject == target.ID) {
			out = append(out, a)
		}
	}
	return out
}

// referrers are the ids of src's records that may point at recordID: those whose row in the
// row index holds the id (found without decoding the others), and those this write changed.
func (w *writer) referrers(src *Object, recordID string) ([]string, error) {
	needle := []byte(recordID)
	seen := map[string]bool{}
	var ids []string
	err := w.tx.ForEach(rowsBucket(src.ID), func(key string, raw []byte) error {
		if bytes.Contains(raw, needle) {
			id := rowID(key)
			seen[id] = true
			ids = append(ids, id)
		}
		return nil
	})
	for _, key := range w.order {
		if r := w.records[key]; r.ID.ObjectID == src.ID && !seen[r.ID.RecordID] {
			ids = append(ids, r.ID.RecordID)
		}
	}
	return ids, err
}
