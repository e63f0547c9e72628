package graphql

import (
	"attio-studio/backend/workspace"
)

// Resolved values are plain maps (leaf objects such as PersonalName or Money), or one of the
// node types below, which carry what fields of records and objects are resolved from and what
// an interface or union value's concrete type is.

// recordNode is a record with its object, resolved as Person, Company, Deal, ... by object.
// A list entry is a recordNode too, with list set and obj the list's AsObject.
type recordNode struct {
	obj  *workspace.Object
	rec  workspace.Record
	list *workspace.List
}

// objectNode is an object, resolved as PeopleObject, CompaniesObject, ... by slug. A list's
// node (list set) is a CustomObject whose records are its entries.
type objectNode struct {
	obj  *workspace.Object
	list *workspace.List
}

// typed is a member of a union (an Actor, an AttributeValue) built from a map of its fields.
type typed struct {
	name   string
	fields map[string]any
}

var recordTypes = map[string]string{"people": "Person", "companies": "Company",
	"deals": "Deal", "workspaces": "WorkspaceRecord", "users": "UserRecord"}

var objectTypes = map[string]string{"people": "PeopleObject", "companies": "CompaniesObject",
	"deals": "DealsObject", "workspaces": "WorkspacesObject", "users": "UsersObject"}

// typeOf is the concrete GraphQL type of a value of an interface or union type.
func typeOf(v any) string {
	switch n := v.(type) {
	case *recordNode:
		if t, ok := recordTypes[n.obj.Slug]; ok {
			return t
		}
		return "CustomRecord"
	case *objectNode:
		if t, ok := objectTypes[n.obj.Slug]; ok {
			return t
		}
		return "CustomObject"
	case typed:
		return n.name
	}
	return ""
}

// convert gives one stored value the shape the schema's typed fields use: a string for text,
// emails and phone numbers, a map for names, locations, options and money, a record node for a
// reference. A reference to a record that no longer exists converts to nil.
func (e *executor) convert(attr *workspace.Attribute, v workspace.Value) (any, error) {
	switch attr.Type {
	case workspace.TypeText, workspace.TypeDate, workspace.TypeTimestamp:
		return v.String("value"), nil
	case workspace.TypeNumber, workspace.TypeRating:
		n, _ := v.Number("value")
		return n, nil
	case workspace.TypeCheckbox:
		return v.Bool("value"), nil
	case workspace.TypePersonalName:
		return map[string]any{"first_name": v.Fields["first_name"],
			"last_name": v.Fields["last_name"], "full_name": v.Fields["full_name"]}, nil
	case workspace.TypeEmailAddress:
		return v.String("email_address"), nil
	case workspace.TypePhoneNumber:
		return v.String("original_phone_number"), nil
	case workspace.TypeDomain:
		return v.String("domain"), nil
	case workspace.TypeLocation:
		return convertLocation(v), nil
	case workspace.TypeSelect:
		return convertOption(v.Map("option"), "option_id"), nil
	case workspace.TypeStatus:
		return convertOption(v.Map("status"), "status_id"), nil
	case workspace.TypeCurrency:
		return map[string]any{"currency_value": v.Fields["currency_value"],
			"currency_code": v.Fields["currency_code"]}, nil
	case workspace.TypeInteraction:
		return map[string]any{"interacted_at": v.Fields["interacted_at"]}, nil
	case workspace.TypeRecordReference:
		return e.loadRecord(v.String("target_object"), v.String("target_record_id"))
	case workspace.TypeActorReference:
		return e.actor(v.String("referenced_actor_type"), v.String("referenced_actor_id"))
	}
	return nil, nil
}

func convertLocation(v workspace.Value) map[string]any {
	return map[string]any{
		"line1": v.Fields["line_1"], "line2": v.Fields["line_2"], "line3": v.Fields["line_3"],
		"line4": v.Fields["line_4"], "locality": v.Fields["locality"],
		"region": v.Fields["region"], "postcode": v.Fields["postcode"],
		"country": v.Fields["country_code"], "latitude": v.Fields["latitude"],
		"longitude": v.Fields["longitude"],
	}
}

func convertOption(opt map[string]any, idKey string) map[string]any {
	id, _ := opt["id"].(map[string]any)
	return map[string]any{"id": id[idKey], "title": opt["title"]}
}

var actorTypes = map[string]string{"system": "SystemActor", "api-token": "APITokenActor",
	"app": "App", "workflow": "Workflow"}

// actor resolves who wrote something: a workspace member becomes a User.
func (e *executor) actor(kind, id string) (any, error) {
	if kind != "workspace-member" {
		name, ok := actorTypes[kind]
		if !ok {
			name = "SystemActor"
		}
		return typed{name: name, fields: map[string]any{"type": kind}}, nil
	}
	m, err := e.ws.Member(id)
	if err != nil {
		return typed{name: "User", fields: map[string]any{"id": id, "email": "", "name": ""}},
			ignoreNotFound(err)
	}
	return typed{name: "User", fields: userFields(m)}, nil
}

func userFields(m workspace.Member) map[string]any {
	return map[string]any{"id": m.ID, "email": m.Email, "name": m.FullName()}
}
