package workspace

import "strings"

// A filter or sort names an attribute and, optionally, one of its value's properties
// ({"name": {"first_name": ...}}). Without one it uses the attribute type's main property, the
// one Attio compares when a filter gives a bare value ({"name": "Ada Lovelace"}).

// property reads one property of a value: the candidates a comparison may match (a select
// option matches by title or id) and whether comparisons ignore case.
type property struct {
	get  func(v Value) []any
	fold bool
}

func field(key string) func(v Value) []any {
	return func(v Value) []any { return []any{v.Fields[key]} }
}

func optionField(key, idKey string) func(v Value) []any {
	return func(v Value) []any {
		opt := v.Map(key)
		id, _ := opt["id"].(map[string]any)
		return []any{opt["title"], id[idKey]}
	}
}

// mainProperty is the property of each type a bare filter value compares with.
var mainProperty = map[AttributeType]string{
	TypeText: "value", TypeNumber: "value", TypeCheckbox: "value", TypeDate: "value",
	TypeTimestamp: "value", TypeRating: "value", TypePersonalName: "full_name",
	TypeEmailAddress: "email_address", TypeDomain: "domain", TypePhoneNumber: "phone_number",
	TypeSelect: "option", TypeStatus: "status", TypeCurrency: "currency_value",
	TypeRecordReference: "target_record_id", TypeActorReference: "referenced_actor_id",
}

// properties lists the properties filters and sorts may name, per type.
var properties = map[AttributeType]map[string]property{
	TypePersonalName: {"first_name": {get: field("first_name")},
		"last_name": {get: field("last_name")}, "full_name": {get: field("full_name")}},
	TypeEmailAddress: {"email_address": {get: field("email_address"), fold: true},
		"original_email_address": {get: field("original_email_address"), fold: true},
		"email_domain":           {get: field("email_domain"), fold: true},
		"email_root_domain":      {get: field("email_root_domain"), fold: true},
		"email_local_specifier":  {get: field("email_local_specifier"), fold: true}},
	TypeDomain: {"domain": {get: field("domain"), fold: true},
		"root_domain": {get: field("root_domain"), fold: true}},
	TypePhoneNumber: {"phone_number": {get: field("normalized_phone_number")},
		"original_phone_number": {get: field("original_phone_number")},
		"country_code":          {get: field("country_code"), fold: true}},
	TypeLocation: locationProperties(),
	TypeSelect:   {"option": {get: optionField("option", "option_id"), fold: true}},
	TypeStatus:   {"status": {get: optionField("status", "status_id"), fold: true}},
	TypeCurrency: {"currency_value": {get: field("currency_value")},
		"currency_code": {get: field("currency_code"), fold: true}},
	TypeRecordReference: {"target_record_id": {get: field("target_record_id")},
		"target_object": {get: field("target_object")}},
	TypeActorReference: {"referenced_actor_id": {get: field("referenced_actor_id")},
		"referenced_actor_type": {get: field("referenced_actor_type")}},
}

func locationProperties() map[string]property {
	out := map[string]property{}
	for _, k := range locationKeys {
		out[k] = property{get: field(k), fold: k == "country_code"}
	}
	return out
}

// propertyOf finds the named property of attr, or its main property when name is "".
func propertyOf(attr *Attribute, slug, name string) (property, error) {
	if name == "" {
		name = mainProperty[attr.Type]
		if name == "" {
			return property{}, invalid(slug, "has type %s; name one of its properties to "+
				"filter or sort by it", attr.Type)
		}
	}
	if name == "value" {
		return property{get: field("value")}, nil
	}
	p, ok := properties[attr.Type][name]
	if !ok {
		known := sortedKeys(properties[attr.Type])
		if len(known) == 0 {
			known = []string{"value"}
		}
		return property{}, invalid(slug, "has no property %q to filter or sort by; it has %s",
			name, strings.Join(known, ", "))
	}
	return p, nil
}
