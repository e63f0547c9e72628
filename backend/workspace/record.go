package workspace

// RecordID is Attio's composite record id.
type RecordID struct {
	WorkspaceID string `json:"workspace_id"`
	ObjectID    string `json:"object_id"`
	RecordID    string `json:"record_id"`
}

// Record is a record in Attio's REST shape. Values maps every attribute slug of the record's
// object to its values (an empty list when it has none). Records returned by reads hold only
// current values; AttributeValues returns the history.
type Record struct {
	ID        RecordID           `json:"id"`
	CreatedAt Timestamp          `json:"created_at"`
	WebURL    string             `json:"web_url"`
	Values    map[string][]Value `json:"values"`
}

// Get returns the values of the attribute slug.
func (r Record) Get(slug string) []Value { return r.Values[slug] }

// First returns the first value of the attribute slug, for single-value attributes.
func (r Record) First(slug string) (Value, bool) {
	if vs := r.Values[slug]; len(vs) > 0 {
		return vs[0], true
	}
	return Value{}, false
}

// currentView is the stored record as reads return it: the object's attributes in order, each
// with only its current values.
func currentView(obj *Object, stored *Record) Record {
	out := Record{ID: stored.ID, CreatedAt: stored.CreatedAt, WebURL: stored.WebURL,
		Values: make(map[string][]Value, len(obj.Attributes))}
	for _, a := range obj.Attributes {
		out.Values[a.Slug] = currentValues(stored.Values[a.Slug])
	}
	return out
}

func currentValues(all []Value) []Value {
	out := []Value{}
	for _, v := range all {
		if v.Current() {
			out = append(out, v)
		}
	}
	return out
}

// copyRecord copies r deeply enough that changing the copy's value lists leaves r alone.
func copyRecord(r *Record) *Record {
	c := *r
	c.Values = make(map[string][]Value, len(r.Values))
	for k, vs := range r.Values {
		c.Values[k] = append([]Value(nil), vs...)
	}
	return &c
}
