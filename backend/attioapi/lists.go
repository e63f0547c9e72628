package attioapi

import (
	"net/http"

	"attio-studio/backend/workspace"
)

func renderList(info workspace.Info, l workspace.List) map[string]any {
	return map[string]any{
		"id":                      map[string]any{"workspace_id": info.ID, "list_id": l.ID},
		"api_slug":                l.Slug,
		"name":                    l.Name,
		"parent_object":           []string{l.ParentObject},
		"workspace_access":        nilIfEmpty(l.WorkspaceAccess),
		"workspace_member_access": []any{},
		"created_by_actor":        l.CreatedBy,
		"created_at":              l.CreatedAt,
	}
}

// renderListAttribute is an entry attribute, whose id names the list instead of an object.
func renderListAttribute(info workspace.Info, l workspace.List, a workspace.Attribute,
	objects []workspace.Object) map[string]any {
	out := renderAttribute(info, workspace.Object{ID: l.ID, Slug: l.Slug}, a, objects)
	out["id"] = map[string]any{"workspace_id": info.ID, "list_id": l.ID, "attribute_id": a.ID}
	return out
}

func (h *handler) listLists(w http.ResponseWriter, _ *http.Request, _ params) {
	info, err := h.ws.Info()
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	lists, err := h.ws.Lists()
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	out := make([]any, len(lists))
	for i, l := range lists {
		out[i] = renderList(info, l)
	}
	writeData(w, out)
}

func (h *handler) getList(w http.ResponseWriter, _ *http.Request, p params) {
	info, l, _, err := h.listOf(p)
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	writeData(w, renderList(info, l))
}

func (h *handler) listListAttributes(w http.ResponseWriter, _ *http.Request, p params) {
	info, l, objects, err := h.listOf(p)
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	out := make([]any, len(l.Attributes))
	for i, a := range l.Attributes {
		out[i] = renderListAttribute(info, l, a, objects)
	}
	writeData(w, out)
}

// listOf resolves the {list} of the path (slug or id), with the workspace and its objects.
func (h *handler) listOf(p params) (workspace.Info, workspace.List, []workspace.Object,
	error) {
	info, objects, err := h.schema()
	if err != nil {
		return info, workspace.List{}, nil, err
	}
	l, err := h.ws.List(p["list"])
	return info, l, objects, err
}
