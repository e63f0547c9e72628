package attioapi

import (
	"attio-studio/backend/workspace"
)

// The functions here give workspace data the JSON shapes Attio's API answers with.

func renderObject(info workspace.Info, o workspace.Object) map[string]any {
	return map[string]any{
		"id":            map[string]any{"workspace_id": info.ID, "object_id": o.ID},
		"api_slug":      o.Slug,
		"singular_noun": o.Singular,
		"plural_noun":   o.Plural,
		"created_at":    o.CreatedAt,
	}
}

func renderAttribute(info workspace.Info, o workspace.Object, a workspace.Attribute,
	objects []workspace.Object) map[string]any {
	var currency any
	if a.CurrencyCode != "" {
		currency = a.CurrencyCode
	}
	var allowed any
	var relationship any
	if target, ok := findObject(objects, a.TargetObject); ok {
		allowed = []string{target.ID}
		if inv, ok := target.Attribute(a.Inverse); ok {
			relationship = map[string]any{"id": attributeID(info, target, *inv)}
		}
	}
	return map[string]any{
		"id":                       attributeID(info, o, a),
		"title":                    a.Title,
		"description":              nilIfEmpty(a.Description),
		"api_slug":                 a.Slug,
		"type":                     a.Type,
		"is_system_attribute":      a.IsSystem,
		"is_writable":              a.IsWritable,
		"is_required":              a.IsRequired,
		"is_unique":                a.IsUnique,
		"is_multiselect":           a.IsMultiselect,
		"is_default_value_enabled": false,
		"is_archived":              a.IsArchived,
		"default_value":            nil,
		"relationship":             relationship,
		"created_at":               a.CreatedAt,
		"config": map[string]any{
			"currency": map[string]any{"default_currency_code": currency,
				"display_type": nil},
			"record_reference": map[string]any{"allowed_object_ids": allowed},
		},
	}
}

func attributeID(info workspace.Info, o workspace.Object, a workspace.Attribute) map[string]any {
	return map[string]any{"workspace_id": info.ID, "object_id": o.ID, "attribute_id": a.ID}
}

func renderOption(info workspace.Info, o workspace.Object, a workspace.Attribute,
	opt workspace.Option) map[string]any {
	id := attributeID(info, o, a)
	out := map[string]any{"title": opt.Title, "is_archived": opt.IsArchived}
	if a.Type == workspace.TypeStatus {
		id["status_id"] = opt.ID
		out["target_time_in_status"] = nil
		out["celebration_enabled"] = opt.CelebrationEnabled
	} else {
		id["option_id"] = opt.ID
	}
	out["id"] = id
	return out
}

func renderMember(info workspace.Info, m workspace.Member) map[string]any {
	return map[string]any{
		"id":            map[string]any{"workspace_id": info.ID, "workspace_member_id": m.ID},
		"first_name":    m.FirstName,
		"last_name":     m.LastName,
		"avatar_url":    nilIfEmpty(m.AvatarURL),
		"email_address": m.Email,
		"created_at":    m.CreatedAt,
		"access_level":  m.AccessLevel,
	}
}

// scopes are what the studio's token may do: everything the served endpoints need.
const scopes = "user_management:read record_permission:read-write " +
	"object_configuration:read list_entry:read-write list_configuration:read " +
	"note:read-write task:read-write comment:read-write webhook:read-write"

// renderSelf is the token introspection /v2/self answers with (not wrapped in "data").
func renderSelf(info workspace.Info, me workspace.Member, clientID string) map[string]any {
	return map[string]any{
		"active":                            true,
		"scope":                             scopes,
		"client_id":                         clientID,
		"token_type":                        "Bearer",
		"exp":                               nil,
		"iat":                               info.CreatedAt.Unix(),
		"sub":                               info.ID,
		"aud":                               clientID,
		"iss":                               "attio.com",
		"authorized_by_workspace_member_id": me.ID,
		"workspace_id":                      info.ID,
		"workspace_name":                    info.Name,
		"workspace_slug":                    info.Slug,
		"workspace_logo_url":                nil,
	}
}

func findObject(objects []workspace.Object, slugOrID string) (workspace.Object, bool) {
	for _, o := range objects {
		if slugOrID != "" && (o.Slug == slugOrID || o.ID == slugOrID) {
			return o, true
		}
	}
	return workspace.Object{}, false
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
