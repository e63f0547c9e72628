package attioapi

import (
	"net/http"
	"strings"
)

// params are the {named} segments of a matched route.
type params map[string]string

type route struct {
	method  string
	pattern []string
	serve   func(h *handler, w http.ResponseWriter, r *http.Request, p params)
}

func r(method, pattern string,
	serve func(h *handler, w http.ResponseWriter, r *http.Request, p params)) route {
	return route{method, strings.Split(strings.Trim(pattern, "/"), "/"), serve}
}

// routes are the endpoints of Attio's REST API the studio serves.
// TODO: comments and threads are not served, so apps that call them get a 404 naming the path.
var routes = []route{
	r("GET", "/v2/self", (*handler).self),
	r("GET", "/v2/workspace_members", (*handler).listMembers),
	r("GET", "/v2/workspace_members/{member}", (*handler).getMember),
	r("GET", "/v2/objects", (*handler).listObjects),
	r("GET", "/v2/objects/{object}", (*handler).getObject),
	r("GET", "/v2/objects/{object}/attributes", (*handler).listAttributes),
	r("GET", "/v2/objects/{object}/attributes/{attribute}", (*handler).getAttribute),
	r("GET", "/v2/objects/{object}/attributes/{attribute}/options", (*handler).listOptions),
	r("GET", "/v2/objects/{object}/attributes/{attribute}/statuses", (*handler).listOptions),
	r("POST", "/v2/objects/{object}/records/query", (*handler).queryRecords),
	r("POST", "/v2/objects/{object}/records", (*handler).createRecord),
	r("PUT", "/v2/objects/{object}/records", (*handler).assertRecord),
	r("GET", "/v2/objects/{object}/records/{record}", (*handler).getRecord),
	r("PATCH", "/v2/objects/{object}/records/{record}", (*handler).patchRecord),
	r("PUT", "/v2/objects/{object}/records/{record}", (*handler).putRecord),
	r("DELETE", "/v2/objects/{object}/records/{record}", (*handler).deleteRecord),
	r("GET", "/v2/objects/{object}/records/{record}/attributes/{attribute}/values",
		(*handler).attributeValues),
	r("GET", "/v2/objects/{object}/records/{record}/entries", (*handler).recordEntries),
	r("GET", "/v2/lists", (*handler).listLists),
	r("GET", "/v2/lists/{list}", (*handler).getList),
	r("GET", "/v2/lists/{list}/attributes", (*handler).listListAttributes),
	r("POST", "/v2/lists/{list}/entries/query", (*handler).queryEntries),
	r("POST", "/v2/lists/{list}/entries", (*handler).createEntry),
	r("PUT", "/v2/lists/{list}/entries", (*handler).assertEntry),
	r("GET", "/v2/lists/{list}/entries/{entry}", (*handler).getEntry),
	r("PATCH", "/v2/lists/{list}/entries/{entry}", (*handler).patchEntry),
	r("PUT", "/v2/lists/{list}/entries/{entry}", (*handler).putEntry),
	r("DELETE", "/v2/lists/{list}/entries/{entry}", (*handler).deleteEntry),
	r("GET", "/v2/lists/{list}/entries/{entry}/attributes/{attribute}/values",
		(*handler).entryAttributeValues),
	r("GET", "/v2/notes", (*handler).listNotes),
	r("POST", "/v2/notes", (*handler).createNote),
	r("GET", "/v2/notes/{note}", (*handler).getNote),
	r("DELETE", "/v2/notes/{note}", (*handler).deleteNote),
	r("GET", "/v2/tasks", (*handler).listTasks),
	r("POST", "/v2/tasks", (*handler).createTask),
	r("GET", "/v2/tasks/{task}", (*handler).getTask),
	r("PATCH", "/v2/tasks/{task}", (*handler).patchTask),
	r("DELETE", "/v2/tasks/{task}", (*handler).deleteTask),
	r("GET", "/v2/webhooks", (*handler).listWebhooks),
	r("POST", "/v2/webhooks", (*handler).createWebhook),
	r("GET", "/v2/webhooks/{webhook}", (*handler).getWebhook),
	r("PATCH", "/v2/webhooks/{webhook}", (*handler).patchWebhook),
	r("DELETE", "/v2/webhooks/{webhook}", (*handler).deleteWebhook),
}

// route finds the endpoint for the request. A known path with another method is a 405; an
// unknown path a 404, both with Attio's error body.
func (h *handler) route(w http.ResponseWriter, req *http.Request) {
	segments := strings.Split(strings.Trim(req.URL.Path, "/"), "/")
	pathKnown := false
	for _, rt := range routes {
		p, ok := match(rt.pattern, segments)
		if !ok {
			continue
		}
		pathKnown = true
		if rt.method == req.Method {
			rt.serve(h, w, req, p)
			return
		}
	}
	if pathKnown {
		writeError(w, &apiError{http.StatusMethodNotAllowed, "invalid_request_error",
			"method_not_allowed", req.Method + " is not supported on " + req.URL.Path + "."})
		return
	}
	writeError(w, notFoundError("The studio does not serve "+req.Method+" "+req.URL.Path+
		" of Attio's API."))
}

func match(pattern, segments []string) (params, bool) {
	if len(pattern) != len(segments) {
		return nil, false
	}
	p := params{}
	for i, seg := range pattern {
		if strings.HasPrefix(seg, "{") {
			if segments[i] == "" {
				return nil, false
			}
			p[strings.Trim(seg, "{}")] = segments[i]
			continue
		}
		if seg != segments[i] {
			return nil, false
		}
	}
	return p, true
}
