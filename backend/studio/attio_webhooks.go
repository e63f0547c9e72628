package studio

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"maps"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"

	"attio-studio/backend/workspace"
)

// attioWebhooks delivers the workspace's changes to Attio's own webhooks (those created with
// POST /v2/webhooks), signed with each webhook's secret as Attio signs them (Attio-Signature,
// the hex HMAC-SHA256 of the body). Attio reaches any URL; the studio is offline, so it
// delivers to targets on this machine only: the app's own webhook handlers (whose deliveries
// and calls are recorded like any other) or a server the developer runs locally. A change to
// be delivered waits in a queue, so a write never waits on a webhook. Delivery is at least once,
// as Attio's: a delivery the target fails (an error, or an answer other than 2xx) is sent again
// after each of retryDelays.
type attioWebhooks struct {
	ws          *workspace.Workspace
	logger      *slog.Logger
	client      *http.Client
	retryDelays []time.Duration
	queue       chan workspace.Change
	ctx         context.Context // ended by close; every delivery and retry runs under it
	stop        context.CancelFunc
	done        chan struct{}
	retries     sync.WaitGroup

	mu      sync.Mutex
	skipped map[string]bool // targets said to be out of reach, each said once
	dropped int             // changes not queued since the queue last emptied
}

// AttioWebhooks lists Attio's own webhooks, which the app creates through /v2/webhooks; their
// secrets are left out.
func (s *Session) AttioWebhooks() ([]workspace.Webhook, error) {
	hooks, err := s.workspace.Webhooks()
	for i := range hooks {
		hooks[i].Secret = ""
	}
	if hooks == nil {
		hooks = []workspace.Webhook{}
	}
	return hooks, err
}

// attioWebhookRetries are the waits before each new try of a failed delivery. Attio delivers at
// least once, trying failures again; the studio, which a developer watches, tries three more
// times within about a minute.
var attioWebhookRetries = []time.Duration{time.Second, 10 * time.Second, time.Minute}

// attioWebhookQueue is how many changes may wait for delivery; past it they are dropped.
const attioWebhookQueue = 1024

func startAttioWebhooks(ws *workspace.Workspace, logger *slog.Logger) *attioWebhooks {
	ctx, stop := context.WithCancel(context.Background())
	d := &attioWebhooks{
		ws:          ws,
		logger:      logger,
		client:      &http.Client{Timeout: 30 * time.Second},
		retryDelays: attioWebhookRetries,
		queue:       make(chan workspace.Change, attioWebhookQueue),
		ctx:         ctx,
		stop:        stop,
		done:        make(chan struct{}),
		skipped:     map[string]bool{},
	}
	go d.run()
	return d
}

// enqueue is a workspace subscriber: it returns at once, and does nothing while the workspace
// has no Attio webhook (a bulk import of thousands of records queues nothing).
func (d *attioWebhooks) enqueue(c workspace.Change) {
	if !d.ws.HasWebhooks() {
		return
	}
	select {
	case d.queue <- c:
	default:
		d.mu.Lock()
		d.dropped++
		if d.dropped == 1 {
			d.logger.Warn("attio webhooks: changes arrive faster than they are delivered; " +
				"some are left out")
		}
		d.mu.Unlock()
	}
}

// close stops delivering and drops the retries still waiting; a delivery under way is
// cancelled.
func (d *attioWebhooks) close() {
	d.stop()
	<-d.done
	d.retries.Wait()
}

func (d *attioWebhooks) run() {
	defer close(d.done)
	for {
		select {
		case <-d.ctx.Done():
			return
		case c := <-d.queue:
			d.deliver(c)
			if len(d.queue) == 0 {
				d.sayDropped()
			}
		}
	}
}

// sayDropped logs how many changes were left out since the queue last emptied, if any.
func (d *attioWebhooks) sayDropped() {
	d.mu.Lock()
	n := d.dropped
	d.dropped = 0
	d.mu.Unlock()
	if n > 0 {
		d.logger.Warn("attio webhooks: changes were left out, not delivered", "count", n)
	}
}

// deliver sends c to every webhook subscribed to its event type whose filter it passes.
func (d *attioWebhooks) deliver(c workspace.Change) {
	hooks, err := d.ws.Webhooks()
	if err != nil || len(hooks) == 0 {
		return
	}
	eventType, events := d.events(c)
	if eventType == "" {
		return
	}
	for _, hook := range hooks {
		if hook.Status != "active" {
			continue
		}
		var heard []map[string]any
		for _, event := range events {
			if subscribed(hook, eventType, event) {
				heard = append(heard, event)
			}
		}
		if len(heard) == 0 || !d.reachable(hook.TargetURL) {
			continue
		}
		body, _ := json.Marshal(map[string]any{"webhook_id": hook.ID.WebhookID, "events": heard})
		if !d.post(hook, body) {
			d.retry(hook, body)
		}
	}
}

func subscribed(hook workspace.Webhook, eventType string, event map[string]any) bool {
	for _, s := range hook.Subscriptions {
		if s.EventType != eventType {
			continue
		}
		if f, err := workspace.ParseWebhookFilter(s.Filter); err == nil && f.Passes(event) {
			return true
		}
	}
	return false
}

// reachable reports whether target is on this machine, saying once for each other target why
// it is left out.
func (d *attioWebhooks) reachable(target string) bool {
	u, err := url.Parse(target)
	if err == nil {
		host := u.Hostname()
		if ip := net.ParseIP(host); host == "localhost" || (ip != nil && ip.IsLoopback()) {
			return true
		}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.skipped[target] {
		d.skipped[target] = true
		d.logger.Warn("attio webhooks: the studio is offline and delivers only to this machine "+
			"(the app's webhook handlers or a local server); this target is left out",
			"target", target)
	}
	return false
}

// retry sends body again after each of the retry delays until the target takes it.
func (d *attioWebhooks) retry(hook workspace.Webhook, body []byte) {
	d.retries.Add(1)
	go func() {
		defer d.retries.Done()
		for i, delay := range d.retryDelays {
			select {
			case <-d.ctx.Done():
				return
			case <-time.After(delay):
			}
			if d.post(hook, body) {
				d.logger.Info("attio webhooks: delivered on a retry", "target", hook.TargetURL,
					"retry", i+1)
				return
			}
		}
		d.logger.Warn("attio webhooks: gave up on a delivery", "target", hook.TargetURL,
			"tries", len(d.retryDelays)+1)
	}()
}

// post sends body to the webhook's target, signed; it reports whether the target took it.
func (d *attioWebhooks) post(hook workspace.Webhook, body []byte) bool {
	req, err := http.NewRequestWithContext(d.ctx, http.MethodPost, hook.TargetURL,
		bytes.NewReader(body))
	if err != nil {
		return true // a target that is not a URL: trying again cannot help
	}
	mac := hmac.New(sha256.New, []byte(hook.Secret))
	mac.Write(body)
	signature := hex.EncodeToString(mac.Sum(nil))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Attio-Signature", signature)
	req.Header.Set("Webhook-Signature", signature)
	resp, err := d.client.Do(req)
	if err != nil {
		d.logger.Warn("attio webhooks: delivery failed", "target", hook.TargetURL, "error", err)
		return false
	}
	resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode >= 300 {
		d.logger.Warn("attio webhooks: the target refused a delivery", "target", hook.TargetURL,
			"status", resp.StatusCode)
		return false
	}
	return true
}

// events are c as Attio's webhook events, with their type: one event, or for an update of a
// record or list entry one for each attribute whose values changed (with its attribute_id), as
// Attio sends them. "" for a change Attio sends no event for.
func (d *attioWebhooks) events(c workspace.Change) (string, []map[string]any) {
	info, err := d.ws.Info()
	if err != nil {
		return "", nil
	}
	event := map[string]any{}
	if c.Actor != nil {
		event["actor"] = map[string]any{"type": c.Actor.Type, "id": nilIfEmpty(c.Actor.ID)}
	}
	objectID := func() string {
		if obj, err := d.ws.Object(c.Object); err == nil {
			return obj.ID
		}
		return ""
	}
	var eventType string
	switch c.Kind {
	case workspace.ChangeCreated, workspace.ChangeUpdated, workspace.ChangeDeleted:
		eventType = "record." + string(c.Kind)
		event["id"] = map[string]any{"workspace_id": info.ID, "object_id": objectID(),
			"record_id": c.RecordID}
	case workspace.ChangeEntryCreated, workspace.ChangeEntryUpdated, workspace.ChangeEntryDeleted:
		eventType = "list-entry." + string(c.Kind)[len("entry-"):]
		listID := c.List
		if l, err := d.ws.List(c.List); err == nil {
			listID = l.ID
		}
		event["id"] = map[string]any{"workspace_id": info.ID, "list_id": listID,
			"entry_id": c.EntryID}
		event["parent_object_id"], event["parent_record_id"] = objectID(), c.RecordID
	case workspace.ChangeNoteCreated, workspace.ChangeNoteDeleted:
		eventType = "note." + string(c.Kind)[len("note-"):]
		event["id"] = map[string]any{"workspace_id": info.ID, "note_id": c.NoteID}
		event["parent_object_id"], event["parent_record_id"] = objectID(), c.RecordID
	case workspace.ChangeTaskCreated, workspace.ChangeTaskUpdated, workspace.ChangeTaskDeleted:
		eventType = "task." + string(c.Kind)[len("task-"):]
		event["id"] = map[string]any{"workspace_id": info.ID, "task_id": c.TaskID}
	default:
		return "", nil
	}
	event["event_type"] = eventType
	if len(c.Attributes) == 0 { // only updates say which attributes changed
		return eventType, []map[string]any{event}
	}
	events := make([]map[string]any, len(c.Attributes))
	for i, attr := range c.Attributes {
		events[i] = maps.Clone(event)
		events[i]["attribute_id"] = attr
	}
	return eventType, events
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
