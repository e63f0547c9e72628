package workspace

import (
	"fmt"
	"math"
	"time"
)

// values checks the values of one record (or entry, when owner is "") of obj: each belongs
// to an attribute, has its type's read shape, points at records that exist and, for a
// relationship, is matched by the other side.
func (c *checker) values(path string, obj *Object, owner string,
	values map[string][]Value) error {
	for _, slug := range sortedKeys(values) {
		attr, ok := obj.Attribute(slug)
		if !ok || attr.Slug != slug {
			return bad(path+"."+slug, "%s have no attribute with this api_slug",
				lower(obj.Plural))
		}
		current := 0
		for k, v := range values[slug] {
			p := fmt.Sprintf("%s.%s[%d]", path, slug, k)
			if err := c.value(p, obj, attr, owner, v); err != nil {
				return err
			}
			if v.Current() {
				current++
			}
		}
		if current > 1 && !attr.IsMultiselect {
			return bad(path+"."+slug, "has %d current values, but %s holds one", current,
				slug)
		}
	}
	for _, a := range obj.Attributes {
		if a.IsRequired && len(currentValues(values[a.Slug])) == 0 {
			return bad(path+"."+a.Slug, "is required on %s and has no current value",
				lower(obj.Plural))
		}
	}
	return nil
}

func (c *checker) value(path string, obj *Object, attr *Attribute, owner string,
	v Value) error {
	switch {
	case v.Type != attr.Type:
		return bad(path+".attribute_type", "is %q, but %s has type %s", v.Type, attr.Slug,
			attr.Type)
	case v.ActiveFrom.IsZero():
		return bad(path+".active_from", "is missing")
	case v.ActiveUntil != nil && v.ActiveUntil.Before(v.ActiveFrom.Time):
		return bad(path+".active_until", "is before active_from")
	}
	if msg := fieldProblem(attr, v.Fields); msg != "" {
		return bad(path, "%s", msg)
	}
	if !v.Current() {
		return nil
	}
	switch attr.Type {
	case TypeRecordReference:
		return c.reference(path, obj, attr, owner, v)
	case TypeActorReference:
		if v.String("referenced_actor_type") == "workspace-member" &&
			!c.members[v.String("referenced_actor_id")] {
			return bad(path+".referenced_actor_id", "%q is not one of the members",
				v.String("referenced_actor_id"))
		}
	}
	return nil
}

// reference checks a current record reference: its target exists and, when the attribute has
// an inverse, the target points back.
func (c *checker) reference(path string, obj *Object, attr *Attribute, owner string,
	v Value) error {
	target, id := c.objects[v.String("target_object")], v.String("target_record_id")
	if target == nil {
		return bad(path+".target_object", "%q is not an object of the document",
			v.String("target_object"))
	}
	t := c.records[target.Slug][id]
	if t == nil {
		return bad(path+".target_record_id", "%s has no record %q", target.Slug, id)
	}
	if owner == "" || attr.Inverse == "" {
		return nil
	}
	for _, back := range currentValues(t.Values[attr.Inverse]) {
		if back.String("target_record_id") == owner && back.String("target_object") == obj.Slug {
			return nil
		}
	}
	return bad(path, "points at %s record %s, whose %s does not point back; Attio keeps both "+
		"sides of a relationship", target.Slug, id, attr.Inverse)
}

// fieldProblem says what is wrong with a value's read fields for its attribute, or "".
func fieldProblem(attr *Attribute, f map[string]any) string {
	str := func(keys ...string) string {
		for _, k := range keys {
			if _, ok := f[k].(string); !ok {
				return fmt.Sprintf("needs %s as text", k)
			}
		}
		return ""
	}
	switch attr.Type {
	case TypeText, TypePersonalName, TypeEmailAddress, TypeDomain, TypePhoneNumber:
		return str(readKeys[attr.Type]...)
	case TypeNumber:
		if _, ok := f["value"].(float64); !ok {
			return "needs value as a number"
		}
	case TypeRating:
		if n, ok := f["value"].(float64); !ok || n != math.Trunc(n) || n < 0 || n > 5 {
			return "needs value as a whole number from 0 to 5"
		}
	case TypeCheckbox:
		if _, ok := f["value"].(bool); !ok {
			return "needs value as true or false"
		}
	case TypeCurrency:
		if _, ok := f["currency_value"].(float64); !ok {
			return "needs currency_value as a number"
		}
		if code, _ := f["currency_code"].(string); len(code) != 3 {
			return "needs currency_code as an ISO 4217 code"
		}
	case TypeDate:
		if s, _ := f["value"].(string); !validDate(s) {
			return "needs value as a date (YYYY-MM-DD)"
		}
	case TypeTimestamp:
		if s, _ := f["value"].(string); !validInstant(s) {
			return "needs value as an ISO 8601 timestamp"
		}
	case TypeSelect, TypeStatus:
		return optionProblem(attr, f)
	case TypeRecordReference:
		return str("target_object", "target_record_id")
	case TypeActorReference:
		return str("referenced_actor_type")
	case TypeLocation:
		for k := range f {
			if _, known := emptyLocation()[k]; !known {
				return fmt.Sprintf("has no location field %q", k)
			}
		}
	}
	return ""
}

var readKeys = map[AttributeType][]string{
	TypeText:         {"value"},
	TypePersonalName: {"first_name", "last_name", "full_name"},
	TypeEmailAddress: {"email_address"},
	TypeDomain:       {"domain"},
	TypePhoneNumber:  {"original_phone_number", "normalized_phone_number"},
}

func optionProblem(attr *Attribute, f map[string]any) string {
	key, idKey := "option", "option_id"
	if attr.Type == TypeStatus {
		key, idKey = "status", "status_id"
	}
	id := optionID(f, key, idKey)
	for _, o := range attr.Options {
		if o.ID == id {
			return ""
		}
	}
	return fmt.Sprintf("needs %s.id.%s naming one of %s's choices", key, idKey, attr.Slug)
}

func validDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

func validInstant(s string) bool {
	_, ok := parseInstant(s)
	return ok
}
