package studio

import (
	"context"
	"fmt"
	"net/http"

	"attio-studio/backend/calllog"
	"attio-studio/backend/store"
	"attio-studio/backend/webhooks"
)

// EventWebhookDelivery carries a webhooks.Delivery each time one is kept.
const EventWebhookDelivery = "webhook-delivery"

// startWebhooks serves the app's webhook handler URLs on the port chosen for this app: the one
// in Options, else the one saved last time. When that port is taken the server runs on another
// for this session only, so the saved port (and the URLs given to third parties) stay stable.
func (s *Session) startWebhooks() error {
	s.hooks = webhooks.NewHandlers(s.store, func() string { return s.hookServer.BaseURL() })
	s.hookServer = webhooks.NewServer(s.hooks, s.deliverWebhook, s.logger)
	port := s.opts.WebhookPort
	if port == 0 {
		s.store.View(func(tx *store.Tx) error {
			_, err := tx.Get(metaBucket, "webhook_port", &port)
			return err
		})
	}
	if err := s.hookServer.Start(port); err != nil {
		return err
	}
	if port == 0 {
		port = s.hookServer.Port()
	}
	s.cancels = append(s.cancels, s.hookServer.Subscribe(func(d webhooks.Delivery) {
		s.events.publish(Event{Name: EventWebhookDelivery, Data: d})
	}))
	return s.saveWebhookPort(port)
}

func (s *Session) saveWebhookPort(port int) error {
	return s.store.Update(func(tx *store.Tx) error { return tx.Put(metaBucket, "webhook_port", port) })
}

// SetWebhookPort moves the webhook server to port and keeps it there in later sessions. A
// taken port is an error and the server stays where it was.
func (s *Session) SetWebhookPort(port int) error {
	if err := s.hookServer.SetPort(port); err != nil {
		return err
	}
	return s.saveWebhookPort(s.hookServer.Port())
}

// deliverWebhook runs a delivery through the handler file as a recorded call, under the call
// that caused it when a mock rule's callback sent it.
func (s *Session) deliverWebhook(ctx context.Context, h webhooks.Handler,
	r *http.Request) (*webhooks.Response, error) {
	rt := s.running()
	if rt == nil {
		return nil, errNoBuild
	}
	parent := webhooks.DispatchedFrom(ctx).ParentCallID
	rec := s.calls.Start(calllog.KindWebhook, h.FileName, parent, requestSummary(r, h))
	res, err := rt.HandleWebhook(calllog.WithRecorder(ctx, rec), h.FileName, r)
	if err != nil {
		rec.Finish(nil, callError(err))
		return &webhooks.Response{Status: http.StatusInternalServerError,
			Header: http.Header{"Content-Type": {"text/plain; charset=utf-8"}},
			Body:   []byte("The webhook handler threw: " + err.Error()), CallID: rec.ID()}, nil
	}
	rec.Finish(responseSummary(res.Status, res.Header, res.Body), nil)
	return &webhooks.Response{Status: res.Status, Header: res.Header, Body: res.Body,
		CallID: rec.ID()}, nil
}

// deliverCallback hands a mock rule's scheduled callback to the handlers of fileName. A callback
// that reaches no handler is recorded as a failed webhook call under the call that scheduled
// it, so the inspector shows it where the story stopped, beside the failed delivery the
// webhooks panel lists.
func (s *Session) deliverCallback(ctx context.Context, fileName string, r *http.Request,
	cause string) error {
	args := requestSummary(r, webhooks.Handler{FileName: fileName})
	_, err := s.hookServer.DeliverFile(ctx, fileName, r, cause)
	if err != nil {
		rec := s.calls.Start(calllog.KindWebhook, fileName, cause, args)
		rec.Finish(nil, &calllog.Error{Name: "Error", Code: "callback-not-delivered",
			Message: fmt.Sprintf("A mock rule's callback to the webhook handler file %q was "+
				"not delivered: %v", fileName, err)})
	}
	return err
}

// WebhookHandlers lists the handlers the app registered.
func (s *Session) WebhookHandlers() ([]webhooks.Handler, error) {
	list, err := s.hooks.List(s.context())
	if list == nil {
		list = []webhooks.Handler{}
	}
	return list, err
}

// WebhookDeliveries lists the most recent deliveries, newest first.
func (s *Session) WebhookDeliveries(limit int) ([]webhooks.Delivery, error) {
	if limit <= 0 {
		limit = 100
	}
	return s.hookServer.Deliveries(limit)
}

// SendWebhook sends a composed request to a handler (by id, URL or file name).
func (s *Session) SendWebhook(target string, req webhooks.Request) (webhooks.Delivery, error) {
	return s.hookServer.Send(s.context(), target, req)
}

// ReplayWebhook sends a kept delivery again, signed again when the studio signed it.
func (s *Session) ReplayWebhook(id string) (webhooks.Delivery, error) {
	return s.hookServer.Replay(s.context(), id)
}

// WebhookCurl is the curl command that sends req to target.
func (s *Session) WebhookCurl(target string, req webhooks.Request) (string, error) {
	return s.hookServer.CurlFor(s.context(), target, req)
}

// WebhookTemplates lists the saved request templates.
func (s *Session) WebhookTemplates() ([]webhooks.Template, error) {
	return s.hookServer.Templates()
}

// SaveWebhookTemplate creates or replaces a request template.
func (s *Session) SaveWebhookTemplate(t webhooks.Template) (webhooks.Template, error) {
	return s.hookServer.SaveTemplate(t)
}

// DeleteWebhookTemplate removes a request template.
func (s *Session) DeleteWebhookTemplate(id string) error {
	return s.hookServer.DeleteTemplate(id)
}
