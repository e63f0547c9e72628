package studio

import (
	"context"
	"encoding/json"
	"time"

	"attio-studio/backend/calllog"
	"attio-studio/backend/graphql"
	"attio-studio/backend/outbound"
	"attio-studio/backend/webhooks"
	"attio-studio/backend/workspace"
)

// API is what the studio page may ask of a session. Both doors expose exactly its exported
// methods: the window binds them with Wails, serve mode answers POST /api/<Method> with a JSON
// array of arguments. Every argument and result is JSON.
type API struct {
	session *Session
}

// NewAPI returns the API of s.
func NewAPI(s *Session) *API { return &API{session: s} }

// Manifest describes the app as it runs now.
func (a *API) Manifest() Manifest { return a.session.Manifest() }

// ClientBundle is the app's client code for the page to run.
func (a *API) ClientBundle() ClientBundle { return a.session.ClientBundle() }

// AppAsset is the app's image src/assets/name as a data URL (an icon given as "logo.png").
func (a *API) AppAsset(name string) (string, error) { return a.session.AppAsset(name) }

// Rebuild builds the app again from its files.
func (a *API) Rebuild() Manifest { return a.session.Rebuild() }

// Objects lists the workspace's objects.
func (a *API) Objects() ([]ObjectInfo, error) { return a.session.Objects() }

// Attributes lists an object's attributes.
func (a *API) Attributes(object string) ([]AttributeInfo, error) {
	return a.session.Attributes(object)
}

// ListRecords returns a page of an object's records.
func (a *API) ListRecords(object string, limit, offset int) ([]workspace.Record, error) {
	return a.session.ListRecords(object, limit, offset)
}

// GetRecord returns one record.
func (a *API) GetRecord(object, recordID string) (workspace.Record, error) {
	return a.session.GetRecord(object, recordID)
}

// RunQuery answers the app's GraphQL query.
func (a *API) RunQuery(query string, variables map[string]any,
	parentCallID string) graphql.Response {
	return a.session.RunQuery(context.Background(), query, variables, parentCallID)
}

// CallServerFunction runs one of the app's server functions.
func (a *API) CallServerFunction(id string, args []json.RawMessage, parentCallID string) (
	CallResult, error) {
	return a.session.CallServerFunction(context.Background(), id, args, parentCallID)
}

// StartCall records the start of a surface's call in the page (a record action, a widget's
// render, ...; see calllog.Kind.StartedByPage) and returns its call id.
func (a *API) StartCall(kind, name string, args json.RawMessage, parentCallID string) (
	string, error) {
	k, err := calllog.PageKind(kind)
	if err != nil {
		return "", err
	}
	return a.session.StartCall(k, name, args, parentCallID), nil
}

// RecordNotification records what a running call showed the user, at shownAt (milliseconds
// since the Unix epoch, the page's clock; 0 for now).
func (a *API) RecordNotification(callID, typ string, detail json.RawMessage,
	shownAt float64) error {
	at := time.Now()
	if shownAt > 0 {
		at = time.UnixMicro(int64(shownAt * 1000))
	}
	return a.session.RecordNotification(callID, typ, detail, at)
}

// FinishCall ends a call started with StartCall, with the error it ended with or null.
func (a *API) FinishCall(callID string, callErr *calllog.Error) error {
	return a.session.FinishCall(callID, callErr)
}

// Calls returns the most recent calls, newest first.
func (a *API) Calls(limit int) ([]calllog.Call, error) { return a.session.Calls(limit) }

// Call returns one call.
func (a *API) Call(id string) (calllog.Call, error) { return a.session.Call(id) }

// QueryRecords returns a page of an object's records chosen by filter, sorts or search.
func (a *API) QueryRecords(object string, q RecordQuery) ([]workspace.Record, error) {
	return a.session.QueryRecords(object, q)
}

// CreateRecord creates a record.
func (a *API) CreateRecord(object string, values map[string]any) (workspace.Record, error) {
	return a.session.CreateRecord(object, values)
}

// UpdateRecord writes values to a record; overwrite replaces multi-value attributes.
func (a *API) UpdateRecord(object, recordID string, values map[string]any, overwrite bool) (
	workspace.Record, error) {
	return a.session.UpdateRecord(object, recordID, values, overwrite)
}

// DeleteRecord deletes a record.
func (a *API) DeleteRecord(object, recordID string) error {
	return a.session.DeleteRecord(object, recordID)
}

// AddAttribute adds an attribute to an object.
func (a *API) AddAttribute(object string, spec workspace.AttributeSpec) (AttributeInfo, error) {
	return a.session.AddAttribute(object, spec)
}

// SearchRecords finds records by text, for reference pickers.
func (a *API) SearchRecords(object, text string, limit int) ([]workspace.Record, error) {
	return a.session.SearchRecords(object, text, limit)
}

// Members lists the workspace's members.
func (a *API) Members() ([]workspace.Member, error) { return a.session.Members() }

// ResetWorkspace puts the default workspace back.
func (a *API) ResetWorkspace() error { return a.session.ResetWorkspace() }

// Connections lists the app's connections.
func (a *API) Connections() ([]workspace.Connection, error) { return a.session.Connections() }

// AddConnection runs the app's connection-added handler and, if it returns, saves the
// connection.
func (a *API) AddConnection(spec ConnectionSpec) (workspace.Connection, error) {
	return a.session.AddConnection(context.Background(), spec)
}

// RemoveConnection runs the app's connection-removed handler and, if it returns, removes the
// connection.
func (a *API) RemoveConnection(id string) error {
	return a.session.RemoveConnection(context.Background(), id)
}

// ExportWorkspace returns the whole workspace as one JSON document.
func (a *API) ExportWorkspace() (json.RawMessage, error) { return a.session.ExportWorkspace() }

// ImportWorkspace replaces the whole workspace with an exported document.
func (a *API) ImportWorkspace(doc json.RawMessage) error { return a.session.ImportWorkspace(doc) }

// MockRules lists the rules answering the app's outbound requests.
func (a *API) MockRules() []outbound.Rule { return a.session.MockRules() }

// SaveMockRules replaces the mock rules and writes them to the app's studio file.
func (a *API) SaveMockRules(rules []outbound.Rule) error { return a.session.SaveMockRules(rules) }

// Outbound returns the outbound mode and injected faults.
func (a *API) Outbound() OutboundSettings { return a.session.Outbound() }

// SetOutbound changes the outbound mode and injected faults.
func (a *API) SetOutbound(o OutboundSettings) error { return a.session.SetOutbound(o) }

// WebhookHandlers lists the webhook handlers the app registered.
func (a *API) WebhookHandlers() ([]webhooks.Handler, error) { return a.session.WebhookHandlers() }

// AttioWebhooks lists Attio's own webhooks (created through /v2/webhooks), oldest first.
func (a *API) AttioWebhooks() ([]workspace.Webhook, error) { return a.session.AttioWebhooks() }

// WebhookDeliveries lists the most recent webhook deliveries.
func (a *API) WebhookDeliveries(limit int) ([]webhooks.Delivery, error) {
	return a.session.WebhookDeliveries(limit)
}

// SendWebhook sends a composed request to a webhook handler (by id, URL or file name).
func (a *API) SendWebhook(target string, req webhooks.Request) (webhooks.Delivery, error) {
	return a.session.SendWebhook(target, req)
}

// ReplayWebhook sends a kept delivery again.
func (a *API) ReplayWebhook(id string) (webhooks.Delivery, error) {
	return a.session.ReplayWebhook(id)
}

// WebhookCurl is the curl command that sends a composed request.
func (a *API) WebhookCurl(target string, req webhooks.Request) (string, error) {
	return a.session.WebhookCurl(target, req)
}

// WebhookTemplates lists the saved webhook request templates.
func (a *API) WebhookTemplates() ([]webhooks.Template, error) {
	return a.session.WebhookTemplates()
}

// SaveWebhookTemplate creates or replaces a webhook request template.
func (a *API) SaveWebhookTemplate(t webhooks.Template) (webhooks.Template, error) {
	return a.session.SaveWebhookTemplate(t)
}

// DeleteWebhookTemplate removes a webhook request template.
func (a *API) DeleteWebhookTemplate(id string) error { return a.session.DeleteWebhookTemplate(id) }

// SetWebhookPort moves the webhook server to another loopback port, kept for later sessions.
func (a *API) SetWebhookPort(port int) error { return a.session.SetWebhookPort(port) }

// CountRecords is the number of records of an object.
func (a *API) CountRecords(object string) (int, error) { return a.session.CountRecords(object) }

// CreateObject creates a custom object.
func (a *API) CreateObject(spec workspace.ObjectSpec) (ObjectInfo, error) {
	return a.session.CreateObject(spec)
}
