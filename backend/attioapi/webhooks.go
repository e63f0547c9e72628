package attioapi

import (
	"net/http"

	"attio-studio/backend/workspace"
)

// Attio's own webhooks: /v2/webhooks. The studio delivers their events (see the studio's
// Attio webhook dispatcher); here they are created, read, changed and deleted.

func (h *handler) listWebhooks(w http.ResponseWriter, _ *http.Request, _ params) {
	hooks, err := h.ws.Webhooks()
	if hooks == nil {
		hooks = []workspace.Webhook{}
	}
	h.answer(w, hooks, err)
}

func (h *handler) createWebhook(w http.ResponseWriter, r *http.Request, _ params) {
	in, ok := webhookInput(w, r)
	if !ok {
		return
	}
	hook, err := h.ws.CreateWebhook(in)
	h.answer(w, hook, err)
}

func (h *handler) getWebhook(w http.ResponseWriter, _ *http.Request, p params) {
	hook, err := h.ws.Webhook(p["webhook"])
	h.answer(w, hook, err)
}

func (h *handler) patchWebhook(w http.ResponseWriter, r *http.Request, p params) {
	in, ok := webhookInput(w, r)
	if !ok {
		return
	}
	hook, err := h.ws.UpdateWebhook(p["webhook"], in)
	h.answer(w, hook, err)
}

func (h *handler) deleteWebhook(w http.ResponseWriter, _ *http.Request, p params) {
	if err := h.ws.DeleteWebhook(p["webhook"]); err != nil {
		writeError(w, h.fromWorkspace(err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{})
}

// webhookInput reads {"data": {target_url, subscriptions}}, answering the error itself.
func webhookInput(w http.ResponseWriter, r *http.Request) (workspace.WebhookInput, bool) {
	var body struct {
		Data *workspace.WebhookInput `json:"data"`
	}
	if err := decodeBody(r, &body, false); err != nil {
		writeError(w, err)
		return workspace.WebhookInput{}, false
	}
	if body.Data == nil {
		writeError(w, badRequest("validation_type", "The body must be {\"data\": "+
			"{target_url, subscriptions: [{event_type, filter}]}}, and data is missing."))
		return workspace.WebhookInput{}, false
	}
	return *body.Data, true
}
