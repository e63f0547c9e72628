package graphql

import (
	"fmt"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"

	"attio-studio/backend/workspace"
)

// recordField resolves a field of a record type. Beyond the Record interface's own fields,
// a field is the attribute with the same slug, converted to the field's type: a list field
// gets every current value, a single one the first.
func (e *executor) recordField(n *recordNode, f *ast.FieldDefinition, args map[string]any) (any,
	error) {
	switch f.Name {
	case "id":
		return n.rec.ID.RecordID, nil
	case "url":
		return n.rec.WebURL, nil
	case "object":
		return &objectNode{obj: n.obj, list: n.list}, nil
	case "attribute":
		slug, _ := args["slug"].(string)
		return e.attributeValue(n, slug)
	case "list_entries":
		return e.listEntries(n)
	case "created_at":
		return n.rec.CreatedAt.String(), nil
	}
	return e.attributeField(n, f.Name, f.Type.Elem != nil)
}

func (e *executor) attributeField(n *recordNode, slug string, list bool) (any, error) {
	attr, ok := n.obj.Attribute(slug)
	if !ok {
		if list {
			return []any{}, nil
		}
		return nil, nil
	}
	values, err := e.convertAll(attr, n.rec.Get(attr.Slug))
	if err != nil || list {
		return values, err
	}
	if len(values) == 0 {
		return nil, nil
	}
	return values[0], nil
}

// convertAll converts values, leaving out references to records that no longer exist.
func (e *executor) convertAll(attr *workspace.Attribute, values []workspace.Value) ([]any,
	error) {
	out := []any{}
	for _, v := range values {
		c, err := e.convert(attr, v)
		if err != nil {
			return nil, err
		}
		if !isNil(c) {
			out = append(out, c)
		}
	}
	return out, nil
}

// attributeValue resolves attribute(slug) to the AttributeValue member for the attribute's
// type, e.g. MultiPhoneNumberValue {values} for phone_numbers.
func (e *executor) attributeValue(n *recordNode, slug string) (any, error) {
	attr, ok := n.obj.Attribute(slug)
	if !ok {
		return nil, fmt.Errorf("%s have no attribute %q in the studio's workspace; add it "+
			"to the app's studio settings", strings.ToLower(n.obj.Plural), slug)
	}
	values, err := e.convertAll(attr, n.rec.Get(attr.Slug))
	if err != nil {
		return nil, err
	}
	name := valueTypeName(attr)
	if strings.HasPrefix(name, "Multi") {
		return typed{name: name, fields: map[string]any{"values": values}}, nil
	}
	var first any
	if len(values) > 0 {
		first = values[0]
	}
	switch {
	case attr.Type == workspace.TypeCheckbox && first == nil:
		first = false
	case attr.Type == workspace.TypeRating && first == nil:
		return nil, nil // RatingValue.value is non-null: no rating, no value object
	}
	return typed{name: name, fields: map[string]any{"value": first}}, nil
}

var singleValueTypes = map[workspace.AttributeType]string{
	workspace.TypeRecordReference: "RecordReferenceValue",
	workspace.TypePersonalName:    "PersonalNameValue",
	workspace.TypeText:            "TextValue",
	workspace.TypeDate:            "DateValue",
	workspace.TypeTimestamp:       "TimestampValue",
	workspace.TypeNumber:          "NumberValue",
	workspace.TypeEmailAddress:    "EmailAddressValue",
	workspace.TypeDomain:          "DomainValue",
	workspace.TypeLocation:        "LocationValue",
	workspace.TypeInteraction:     "InteractionValue",
	workspace.TypeSelect:          "SelectValue",
	workspace.TypeStatus:          "StatusValue",
	workspace.TypeCheckbox:        "CheckboxValue",
	workspace.TypeRating:          "RatingValue",
	workspace.TypePhoneNumber:     "PhoneNumberValue",
	workspace.TypeCurrency:        "CurrencyValue",
	workspace.TypeActorReference:  "ActorReferenceValue",
}

// multiValueTypes are the types whose multiselect attributes have a Multi... value type.
var multiValueTypes = map[workspace.AttributeType]bool{
	workspace.TypeRecordReference: true, workspace.TypeEmailAddress: true,
	workspace.TypeDomain: true, workspace.TypeSelect: true, workspace.TypePhoneNumber: true,
	workspace.TypeActorReference: true,
}

func valueTypeName(attr *workspace.Attribute) string {
	name := singleValueTypes[attr.Type]
	if attr.IsMultiselect && multiValueTypes[attr.Type] {
		return "Multi" + name
	}
	return name
}

// objectField resolves a field of an object handle (people, companies, object(slug), ...).
func (e *executor) objectField(n *objectNode, name string, args map[string]any) (any, error) {
	switch name {
	case "id":
		return n.obj.ID, nil
	case "name":
		if n.list != nil {
			return n.list.Name, nil
		}
		return n.obj.Plural, nil
	case "slug":
		return n.obj.Slug, nil
	case "attributes":
		return attributeList(n.obj, args["types"]), nil
	case "record":
		id, _ := args["id"].(string)
		if n.list != nil {
			return e.loadEntry(n.list.ID, id)
		}
		return e.loadRecord(n.obj.ID, id)
	case "records":
		if n.list != nil {
			return e.loadEntries(n.list.ID, args["ids"])
		}
		return e.loadRecords(n.obj.ID, args["ids"])
	}
	return nil, fmt.Errorf("objects have no field %q", name)
}

// attributeList lists the object's attributes, only those of the given types when types is a
// list.
func attributeList(obj *workspace.Object, types any) []any {
	wanted := map[string]bool{}
	list, filtered := types.([]any)
	for _, t := range list {
		s, _ := t.(string)
		wanted[s] = true
	}
	out := []any{}
	for _, a := range obj.Attributes {
		enum := enumOf(a.Type)
		if filtered && !wanted[enum] {
			continue
		}
		out = append(out, map[string]any{"id": a.ID, "slug": a.Slug, "title": a.Title,
			"type": enum, "is_multiselect": a.IsMultiselect, "is_required": a.IsRequired,
			"is_unique": a.IsUnique, "is_writable": a.IsWritable})
	}
	return out
}

// enumOf is the AttributeType enum value of an Attio type: "phone-number" → PHONE_NUMBER.
func enumOf(t workspace.AttributeType) string {
	return strings.ToUpper(strings.ReplaceAll(string(t), "-", "_"))
}
