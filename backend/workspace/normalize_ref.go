package workspace

import (
	"errors"
	"strings"
)

// normalizeOption accepts a select option's or status's title (case-insensitively) or id.
func (w *writer) normalizeOption(obj *Object, attr *Attribute, v any) (map[string]any, error) {
	key, idKey := "option", "option_id"
	if attr.Type == TypeStatus {
		key, idKey = "status", "status_id"
	}
	s, ok := unwrap(v, key).(string)
	if !ok {
		return nil, problem("expects the title or id of %s, but got %s", optionNoun(attr), show(v))
	}
	opt, ok := attr.Option(s)
	if !ok {
		return nil, problem("has no %s %q; the choices are %s", key, s, optionTitles(attr))
	}
	if opt.IsArchived {
		return nil, problem("%s %q is archived", key, opt.Title)
	}
	fields := map[string]any{
		"id": map[string]any{"workspace_id": w.info.ID, "object_id": obj.ID,
			"attribute_id": attr.ID, idKey: opt.ID},
		"title":       opt.Title,
		"is_archived": opt.IsArchived,
	}
	if attr.Type == TypeStatus {
		fields["target_time_in_status"] = nil
		fields["celebration_enabled"] = opt.CelebrationEnabled
	}
	return map[string]any{key: fields}, nil
}

func optionNoun(attr *Attribute) string {
	if attr.Type == TypeStatus {
		return "a status"
	}
	return "an option"
}

func optionTitles(attr *Attribute) string {
	if len(attr.Options) == 0 {
		return "none yet"
	}
	titles := make([]string, len(attr.Options))
	for i, o := range attr.Options {
		titles[i] = `"` + o.Title + `"`
	}
	return strings.Join(titles, ", ")
}

// normalizeReference accepts a record id, {target_object, target_record_id}, or
// {target_object, <unique attribute>: value} matching the record that has the value.
func (w *writer) normalizeReference(attr *Attribute, v any) (map[string]any, error) {
	targetSlug, id := attr.TargetObject, ""
	switch r := v.(type) {
	case string:
		id = r
	case map[string]any:
		if s, ok := r["target_object"].(string); ok {
			targetSlug = s
		}
		id, _ = r["target_record_id"].(string)
	default:
		return nil, problem("expects {target_object, target_record_id}, but got %s", show(v))
	}
	target, err := w.object(targetSlug)
	if err != nil {
		return nil, problem("points at object %q, which does not exist", targetSlug)
	}
	if attr.TargetObject != "" && target.Slug != attr.TargetObject {
		return nil, problem("can only point at %s, not %s", attr.TargetObject, target.Slug)
	}
	if m, ok := v.(map[string]any); ok && id == "" {
		if id, err = w.matchReference(target, m); err != nil {
			return nil, err
		}
	}
	if _, err := w.load(target, id); errors.Is(err, ErrNotFound) {
		return nil, problem("points at %s record %q, which does not exist", target.Slug, id)
	} else if err != nil {
		return nil, err
	}
	return map[string]any{"target_object": target.Slug, "target_record_id": id}, nil
}

// matchReference finds the target record by a unique attribute given beside target_object,
// e.g. {target_object: "companies", domains: [{domain: "acme.com"}]}.
func (w *writer) matchReference(target *Object, m map[string]any) (string, error) {
	for _, key := range sortedKeys(m) {
		attr, ok := target.Attribute(key)
		if key == "target_object" || !ok {
			continue
		}
		if !attr.IsUnique {
			return "", problem("can match %s only by a unique attribute, and %s is not one",
				target.Slug, key)
		}
		items, err := w.normalize(target, attr, key, m[key])
		if err != nil {
			return "", err
		}
		id, found, err := w.lookupUnique(target, attr, items)
		if err != nil {
			return "", err
		}
		if !found {
			return "", problem("matches no %s record by %s %s", target.Slug, key, show(m[key]))
		}
		return id, nil
	}
	return "", problem("needs target_record_id or a unique attribute of %s to match",
		target.Slug)
}

// normalizeActor accepts a workspace member's id or email, {referenced_actor_type,
// referenced_actor_id} or {workspace_member_email_address}.
func (w *writer) normalizeActor(v any) (map[string]any, error) {
	var key string
	switch a := v.(type) {
	case string:
		key = a
	case map[string]any:
		if t, ok := a["referenced_actor_type"].(string); ok && t != "workspace-member" {
			return nil, problem("can only refer to workspace members, not %q actors", t)
		}
		key, _ = a["referenced_actor_id"].(string)
		if email, ok := a["workspace_member_email_address"].(string); ok {
			key = email
		}
	default:
		return nil, problem("expects a workspace member's id or email address, but got %s",
			show(v))
	}
	m, found, err := findMember(w.tx, key)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, problem("%q is not a workspace member's id or email address", key)
	}
	return map[string]any{"referenced_actor_type": "workspace-member",
		"referenced_actor_id": m.ID}, nil
}
