package workspace

import "strings"

// A filter or sort names an attribute and, optionally, one of its value's properties
// ({"name": {"first_name": ...}}). Without one it uses the attribute type's main property, the
// one Attio compares when a filter gives a bare value ({"name": "Ada Lovelace"}).
//
// Filters and sorts read values as cells: each value's properties in a fixed column order per
// type (columns below), which the row index stores compactly and reads without decoding a
// whole record.

// columns are the properties of each type's values, in the order cells hold them. Select and
// status values have two: the option's title and its id.
var columns = map[AttributeType][]string{
	TypeText: {"value"}, TypeNumber: {"value"}, TypeCheckbox: {"value"}, TypeDate: {"value"},
	TypeTimestamp: {"value"}, TypeRating: {"value"},
	TypePersonalName: {"first_name", "last_name", "full_name"},
	TypeEmailAddress: {"email_address", "original_email_address", "email_domain",
		"email_root_domain", "email_local_specifier"},
	TypeDomain:          {"domain", "root_domain"},
	TypePhoneNumber:     {"normalized_phone_number", "original_phone_number", "country_code"},
	TypeLocation:        locationKeys,
	TypeSelect:          {"option.title", "option.id"},
	TypeStatus:          {"status.title", "status.id"},
	TypeCurrency:        {"currency_value", "currency_code"},
	TypeRecordReference: {"target_record_id", "target_object"},
	TypeActorReference:  {"referenced_actor_id", "referenced_actor_type"},
	TypeInteraction:     {"interaction_type", "interacted_at"},
}

// cellsOf reads a value's read fields into its type's columns.
func cellsOf(t AttributeType, fields map[string]any) []any {
	cols := columns[t]
	out := make([]any, len(cols))
	for i, c := range cols {
		switch c {
		case "option.title", "status.title":
			opt, _ := fields[c[:len(c)-6]].(map[string]any)
			out[i] = opt["title"]
		case "option.id":
			out[i] = optionID(fields, "option", "option_id")
		case "status.id":
			out[i] = optionID(fields, "status", "status_id")
		default:
			out[i] = fields[c]
		}
	}
	return out
}

// property reads one property of a value's cells: the candidates a comparison may match (a
// select option matches by title or id) and whether comparisons ignore case.
type property struct {
	cols []int
	fold bool
}

// first returns the property's first candidate, the one sorts use.
func (p property) first(cells []any) any {
	if len(p.cols) == 0 || p.cols[0] >= len(cells) {
		return nil
	}
	return cells[p.cols[0]]
}

// mainProperty is the property of each type a bare filter value compares with.
var mainProperty = map[AttributeType]string{
	TypeText: "value", TypeNumber: "value", TypeCheckbox: "value", TypeDate: "value",
	TypeTimestamp: "value", TypeRating: "value", TypePersonalName: "full_name",
	TypeEmailAddress: "email_address", TypeDomain: "domain", TypePhoneNumber: "phone_number",
	TypeSelect: "option", TypeStatus: "status", TypeCurrency: "currency_value",
	TypeRecordReference: "target_record_id", TypeActorReference: "referenced_actor_id",
}

// renamed are the property names filters use that differ from the column they read.
var renamed = map[string]string{"phone_number": "normalized_phone_number"}

// caseless are the properties compared without regard to case.
var caseless = map[string]bool{"email_address": true, "original_email_address": true,
	"email_domain": true, "email_root_domain": true, "email_local_specifier": true,
	"domain": true, "root_domain": true, "country_code": true, "option": true, "status": true,
	"currency_code": true}

// propertyNames lists the properties filters and sorts may name on a type.
func propertyNames(t AttributeType) []string {
	var out []string
	for _, c := range columns[t] {
		switch {
		case c == "normalized_phone_number":
			out = append(out, "phone_number")
		case strings.HasSuffix(c, ".title"):
			out = append(out, c[:len(c)-6])
		case strings.HasSuffix(c, ".id"):
		default:
			out = append(out, c)
		}
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
	cols := columns[attr.Type]
	col := renamed[name]
	if col == "" {
		col = name
	}
	var p property
	for i, c := range cols {
		if c == col || c == col+".title" || c == col+".id" {
			p.cols = append(p.cols, i)
		}
	}
	if len(p.cols) == 0 {
		known := propertyNames(attr.Type)
		sortStrings(known)
		return property{}, invalid(slug, "has no property %q to filter or sort by; it has %s",
			name, strings.Join(known, ", "))
	}
	p.fold = caseless[name]
	return p, nil
}
