package attioapi

import (
	"net/http"

	"attio-studio/backend/workspace"
)

func (h *handler) self(w http.ResponseWriter, _ *http.Request, _ params) {
	info, err := h.ws.Info()
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	me, err := h.ws.CurrentUser()
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	writeJSON(w, http.StatusOK, renderSelf(info, me, h.actor.ID))
}

func (h *handler) listMembers(w http.ResponseWriter, _ *http.Request, _ params) {
	info, err := h.ws.Info()
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	members, err := h.ws.Members()
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	out := make([]any, len(members))
	for i, m := range members {
		out[i] = renderMember(info, m)
	}
	writeData(w, out)
}

func (h *handler) getMember(w http.ResponseWriter, _ *http.Request, p params) {
	info, err := h.ws.Info()
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	m, err := h.ws.Member(p["member"])
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	writeData(w, renderMember(info, m))
}

func (h *handler) listObjects(w http.ResponseWriter, _ *http.Request, _ params) {
	info, objects, err := h.schema()
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	out := make([]any, len(objects))
	for i, o := range objects {
		out[i] = renderObject(info, o)
	}
	writeData(w, out)
}

func (h *handler) getObject(w http.ResponseWriter, _ *http.Request, p params) {
	info, obj, _, err := h.objectOf(p)
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	writeData(w, renderObject(info, obj))
}

func (h *handler) listAttributes(w http.ResponseWriter, _ *http.Request, p params) {
	info, obj, objects, err := h.objectOf(p)
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	out := make([]any, len(obj.Attributes))
	for i, a := range obj.Attributes {
		out[i] = renderAttribute(info, obj, a, objects)
	}
	writeData(w, out)
}

func (h *handler) getAttribute(w http.ResponseWriter, _ *http.Request, p params) {
	info, obj, objects, err := h.objectOf(p)
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	a, ok := obj.Attribute(p["attribute"])
	if !ok {
		writeError(w, h.fromWorkspace(&workspace.NotFoundError{Kind: "attribute",
			Key: p["attribute"]}))
		return
	}
	writeData(w, renderAttribute(info, obj, *a, objects))
}

// listOptions serves both .../options (select) and .../statuses (status).
func (h *handler) listOptions(w http.ResponseWriter, _ *http.Request, p params) {
	info, obj, _, err := h.objectOf(p)
	if err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	a, ok := obj.Attribute(p["attribute"])
	if !ok {
		writeError(w, h.fromWorkspace(&workspace.NotFoundError{Kind: "attribute",
			Key: p["attribute"]}))
		return
	}
	if a.Type != workspace.TypeSelect && a.Type != workspace.TypeStatus {
		writeError(w, badRequest("validation_type", "Attribute %q is a %s attribute, which "+
			"has no options or statuses.", a.Slug, a.Type))
		return
	}
	out := make([]any, len(a.Options))
	for i, opt := range a.Options {
		out[i] = renderOption(info, obj, *a, opt)
	}
	writeData(w, out)
}

func (h *handler) schema() (workspace.Info, []workspace.Object, error) {
	info, err := h.ws.Info()
	if err != nil {
		return info, nil, err
	}
	objects, err := h.ws.Objects()
	return info, objects, err
}

// objectOf resolves the {object} of the path (slug or id), with the workspace and its objects.
func (h *handler) objectOf(p params) (workspace.Info, workspace.Object, []workspace.Object,
	error) {
	info, objects, err := h.schema()
	if err != nil {
		return info, workspace.Object{}, nil, err
	}
	obj, ok := findObject(objects, p["object"])
	if !ok {
		return info, obj, nil, &workspace.NotFoundError{Kind: "object", Key: p["object"]}
	}
	return info, obj, objects, nil
}
