package workspace

// Relationship attributes come in pairs (a person's company and the company's team, a deal's
// associated people and each person's associated deals). Attio keeps both sides in step, so an
// app that sets one side and reads the other sees its write; the writer does the same.

// relink updates the inverse side of a record-reference attribute after its values changed.
func (w *writer) relink(obj *Object, r *Record, attr *Attribute, removed,
	added []map[string]any) error {
	if attr.Type != TypeRecordReference || attr.Inverse == "" {
		return nil
	}
	target, err := w.object(attr.TargetObject)
	if err != nil {
		return err
	}
	inverse, ok := target.Attribute(attr.Inverse)
	if !ok {
		return nil
	}
	for _, f := range removed {
		if err := w.unlink(target, refID(f), inverse, r.ID.RecordID); err != nil {
			return err
		}
	}
	for _, f := range added {
		if err := w.link(target, refID(f), inverse, obj, r.ID.RecordID); err != nil {
			return err
		}
	}
	return nil
}

// link makes the target record's inverse attribute point at the source record. When the
// inverse holds one value (a person's company), the record it pointed at before loses the
// target from its own side (the old company's team).
func (w *writer) link(target *Object, targetID string, inverse *Attribute, source *Object,
	sourceID string) error {
	t, err := w.load(target, targetID)
	if err != nil {
		return err
	}
	for _, v := range t.Values[inverse.Slug] {
		if v.Current() && refID(v.Fields) == sourceID {
			return nil
		}
	}
	if !inverse.IsMultiselect {
		if err := w.detachAll(target, t, inverse, source); err != nil {
			return err
		}
	}
	t.Values[inverse.Slug] = append(t.Values[inverse.Slug], w.newValue(TypeRecordReference,
		map[string]any{"target_object": source.Slug, "target_record_id": sourceID}))
	w.touchValues(target, t, inverse)
	return nil
}

// detachAll ends the current values of a single-value inverse attribute and removes t from the
// other side of each.
func (w *writer) detachAll(target *Object, t *Record, inverse *Attribute, source *Object) error {
	forward, ok := source.Attribute(inverse.Inverse)
	values := t.Values[inverse.Slug]
	for i := range values {
		if !values[i].Current() {
			continue
		}
		values[i].ActiveUntil = &w.now
		w.touchValues(target, t, inverse)
		if !ok {
			continue
		}
		if err := w.unlink(source, refID(values[i].Fields), forward, t.ID.RecordID); err != nil {
			return err
		}
	}
	return nil
}

// unlink ends the values of the target record's inverse attribute that point at the source.
// A target that no longer exists has nothing to unlink.
func (w *writer) unlink(target *Object, targetID string, inverse *Attribute,
	sourceID string) error {
	t, err := w.load(target, targetID)
	if err != nil {
		return ignoreNotFound(err)
	}
	if endReferences(t.Values[inverse.Slug], sourceID, &w.now) {
		w.touchValues(target, t, inverse)
	}
	return nil
}

// endReferences ends, at now, the current values among values that point at recordID, and
// reports whether there were any.
func endReferences(values []Value, recordID string, now *Timestamp) bool {
	ended := false
	for i := range values {
		if values[i].Current() && refID(values[i].Fields) == recordID {
			values[i].ActiveUntil = now
			ended = true
		}
	}
	return ended
}

// unlinkAll removes a record that is being deleted from the inverse side of each of its
// relationships.
func (w *writer) unlinkAll(obj *Object, r *Record) error {
	for i := range obj.Attributes {
		attr := &obj.Attributes[i]
		current := currentValues(r.Values[attr.Slug])
		fields := make([]map[string]any, len(current))
		for j, v := range current {
			fields[j] = v.Fields
		}
		if err := w.relink(obj, r, attr, fields, nil); err != nil {
			return err
		}
	}
	return nil
}

func refID(fields map[string]any) string {
	s, _ := fields["target_record_id"].(string)
	return s
}
