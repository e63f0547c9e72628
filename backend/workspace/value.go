package workspace

import (
	"encoding/json"
	"fmt"
	"time"
)

// Value is one value of one attribute of a record, in Attio's REST shape: the common fields
// (when it became and stopped being current, who wrote it, the attribute type) and the
// type-specific read fields (`original_phone_number`, `option`, `target_record_id`, ...), which
// encode flat beside them. Fields holds only JSON values (string, float64, bool, nil, maps and
// slices of those).
type Value struct {
	ActiveFrom  Timestamp
	ActiveUntil *Timestamp
	CreatedBy   Actor
	Type        AttributeType
	Fields      map[string]any
}

// Current reports whether the value has not been replaced or removed.
func (v Value) Current() bool { return v.ActiveUntil == nil }

// String returns the type-specific field key as a string, or "" when it is absent or not one.
func (v Value) String(key string) string {
	s, _ := v.Fields[key].(string)
	return s
}

// Number returns the type-specific field key as a number and whether it is one.
func (v Value) Number(key string) (float64, bool) {
	n, ok := v.Fields[key].(float64)
	return n, ok
}

// Bool returns the type-specific field key as a bool.
func (v Value) Bool(key string) bool {
	b, _ := v.Fields[key].(bool)
	return b
}

// Map returns the type-specific field key as an object (a select's option, a status).
func (v Value) Map(key string) map[string]any {
	m, _ := v.Fields[key].(map[string]any)
	return m
}

var commonValueKeys = []string{"active_from", "active_until", "created_by_actor", "attribute_type"}

// MarshalJSON writes the value flat, the way Attio's API does.
func (v Value) MarshalJSON() ([]byte, error) {
	out := make(map[string]any, len(v.Fields)+4)
	for k, f := range v.Fields {
		out[k] = f
	}
	out["active_from"] = v.ActiveFrom
	out["active_until"] = v.ActiveUntil
	out["created_by_actor"] = v.CreatedBy
	out["attribute_type"] = v.Type
	return json.Marshal(out)
}

// UnmarshalJSON reads the flat shape MarshalJSON writes. It decodes the value once and takes
// the common fields out of the result, since reads decode many values.
func (v *Value) UnmarshalJSON(raw []byte) error {
	var fields map[string]any
	if err := json.Unmarshal(raw, &fields); err != nil {
		return fmt.Errorf("decode attribute value: %w", err)
	}
	from, err := timestampField(fields, "active_from")
	if err != nil {
		return err
	}
	var until *Timestamp
	if fields["active_until"] != nil {
		t, err := timestampField(fields, "active_until")
		if err != nil {
			return err
		}
		until = &t
	}
	actor, _ := fields["created_by_actor"].(map[string]any)
	by := Actor{}
	by.Type, _ = actor["type"].(string)
	by.ID, _ = actor["id"].(string)
	typ, _ := fields["attribute_type"].(string)
	for _, k := range commonValueKeys {
		delete(fields, k)
	}
	*v = Value{ActiveFrom: from, ActiveUntil: until, CreatedBy: by, Type: AttributeType(typ),
		Fields: fields}
	return nil
}

func timestampField(fields map[string]any, key string) (Timestamp, error) {
	s, ok := fields[key].(string)
	if !ok {
		return Timestamp{}, fmt.Errorf("decode attribute value: %s is not a timestamp", key)
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return Timestamp{}, fmt.Errorf("decode attribute value: %s: %w", key, err)
	}
	return At(t), nil
}

// identity is what makes two values of one attribute the same value, so that rewriting an
// unchanged value keeps it (and its history) instead of replacing it with a copy.
func identity(t AttributeType, fields map[string]any) string {
	str := func(k string) string { s, _ := fields[k].(string); return s }
	switch t {
	case TypeEmailAddress:
		return str("email_address")
	case TypePhoneNumber:
		return str("normalized_phone_number")
	case TypeDomain:
		return str("domain")
	case TypeRecordReference:
		return str("target_object") + "/" + str("target_record_id")
	case TypeActorReference:
		return str("referenced_actor_type") + "/" + str("referenced_actor_id")
	case TypeSelect:
		return optionID(fields, "option", "option_id")
	case TypeStatus:
		return optionID(fields, "status", "status_id")
	}
	raw, _ := json.Marshal(fields)
	return string(raw)
}

func optionID(fields map[string]any, key, idKey string) string {
	opt, _ := fields[key].(map[string]any)
	id, _ := opt["id"].(map[string]any)
	s, _ := id[idKey].(string)
	return s
}
