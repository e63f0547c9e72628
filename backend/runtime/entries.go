package runtime

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sort"
	"strings"

	"github.com/dop251/goja"

	"attio-studio/backend/project"
	"attio-studio/backend/runtime/console"
	"attio-studio/backend/runtime/fetch"
)

// MaxWebhookBody caps the request body handed to a webhook handler.
const MaxWebhookBody = 32 << 20

// CallFunction runs server function id with positional JSON arguments and returns its JSON
// result (nil when the function returned undefined). A throw in app code, or a rule broken (a
// result that is not JSON-serializable, a timeout, a missing default export), returns a
// *ScriptError; an id the bundle lacks returns an error wrapping ErrNotFound; other errors are
// the studio's own failures.
func (r *Runtime) CallFunction(ctx context.Context, id string,
	args []json.RawMessage) (json.RawMessage, error) {
	entry, ok := r.program.find(kindFunction, id)
	if !ok {
		return nil, fmt.Errorf("server function %q: %w", id, ErrNotFound)
	}
	out, err := r.run(ctx, target{kind: kindFunction, entry: entry, label: "Server function " + id},
		invocation{
			args:   func(c *call) ([]goja.Value, error) { return c.parseArgs(args) },
			result: func(c *call, v goja.Value) (any, error) { return c.serializeResult(v) },
		})
	if err != nil {
		return nil, err
	}
	raw, _ := out.(json.RawMessage)
	return raw, nil
}

// HandleWebhook runs the webhook handler file fileName (its name without .webhook.ts) with a
// Request built from req, and returns the handler's Response with the body read fully.
func (r *Runtime) HandleWebhook(ctx context.Context, fileName string,
	req *http.Request) (*WebhookResponse, error) {
	entry, ok := r.program.find(kindWebhook, fileName)
	if !ok {
		return nil, fmt.Errorf("webhook handler %q: %w", fileName, ErrNotFound)
	}
	in, err := webhookRequest(req)
	if err != nil {
		return nil, err
	}
	label := "Webhook handler " + fileName
	out, err := r.run(ctx, target{kind: kindWebhook, entry: entry, label: label}, invocation{
		args: func(c *call) ([]goja.Value, error) {
			v, err := fetch.NewRequest(c.env, in)
			return []goja.Value{v}, err
		},
		result: func(c *call, v goja.Value) (any, error) { return c.webhookResponse(v) },
	})
	if err != nil {
		return nil, err
	}
	return out.(*WebhookResponse), nil
}

// RunEvent runs the event handler name ("connection-added", "connection-removed") with
// {connection}. A bundle without that handler is not an error: ran is false.
func (r *Runtime) RunEvent(ctx context.Context, name string,
	connection Connection) (ran bool, err error) {
	entry, ok := r.program.find(kindEvent, name)
	if !ok {
		return false, nil
	}
	arg, err := json.Marshal(map[string]Connection{"connection": connection})
	if err != nil {
		return false, fmt.Errorf("encode the connection for %s: %w", name, err)
	}
	_, err = r.run(ctx, target{kind: kindEvent, entry: entry, label: "Event handler " + name},
		invocation{
			args:   func(c *call) ([]goja.Value, error) { return c.parseArgs([]json.RawMessage{arg}) },
			result: func(*call, goja.Value) (any, error) { return nil, nil },
		})
	return true, err
}

func webhookRequest(req *http.Request) (fetch.Request, error) {
	var body []byte
	if req.Body != nil {
		var err error
		body, err = io.ReadAll(io.LimitReader(req.Body, MaxWebhookBody+1))
		if err != nil {
			return fetch.Request{}, fmt.Errorf("read the webhook request body: %w", err)
		}
		if len(body) > MaxWebhookBody {
			return fetch.Request{}, fmt.Errorf("the webhook request body is larger than %d MiB",
				MaxWebhookBody>>20)
		}
	}
	u := *req.URL
	if !u.IsAbs() {
		u.Scheme, u.Host = "http", req.Host
	}
	names := make([]string, 0, len(req.Header))
	for name := range req.Header {
		names = append(names, name)
	}
	sort.Strings(names)
	var header [][2]string
	for _, name := range names {
		for _, v := range req.Header[name] {
			header = append(header, [2]string{name, v})
		}
	}
	return fetch.Request{Method: req.Method, URL: u.String(), Header: header, Body: body}, nil
}

func (c *call) webhookResponse(v goja.Value) (*WebhookResponse, error) {
	resp, err := fetch.ReadResponse(c.env, v)
	if errors.Is(err, fetch.ErrNotResponse) {
		return nil, &ScriptError{Name: "TypeError", File: c.target.entry.File,
			Message: fmt.Sprintf("%s must return a Response, but it returned %s",
				c.target.label, console.Format(c.env, v))}
	}
	if err != nil {
		return nil, &ScriptError{Name: "TypeError", File: c.target.entry.File,
			Message: fmt.Sprintf("%s returned an unusable Response: %v", c.target.label, err)}
	}
	header := http.Header{}
	for _, kv := range resp.Header {
		header.Add(kv[0], kv[1])
	}
	return &WebhookResponse{Status: resp.Status, Header: header, Body: resp.Body}, nil
}

// handler loads the target's module and returns its default export.
func (c *call) handler(server *goja.Object) (goja.Callable, error) {
	t := c.target
	var entry *goja.Object
	if group, ok := server.Get(string(t.kind)).(*goja.Object); ok {
		entry, _ = group.Get(t.entry.ID).(*goja.Object)
	}
	if entry == nil {
		return nil, fmt.Errorf("%s: %w", t.label, ErrNotFound)
	}
	load, ok := goja.AssertFunction(entry.Get("load"))
	if !ok {
		return nil, fmt.Errorf("the server bundle's entry for %s has no load()", t.label)
	}
	ns, err := load(entry)
	if err != nil {
		return nil, c.thrown(err)
	}
	var def goja.Value
	var named []string
	if obj, ok := ns.(*goja.Object); ok {
		def = obj.Get("default")
		named = slices.DeleteFunc(obj.Keys(), func(k string) bool { return k == "default" })
	}
	if fn, ok := goja.AssertFunction(def); ok {
		return fn, nil
	}
	return nil, c.noDefaultExport(def, named)
}

// noDefaultExport explains a missing default export, naming what the file exports instead: the
// usual mistake is `export async function` without `default`.
func (c *call) noDefaultExport(def goja.Value, named []string) *ScriptError {
	t := c.target
	what := "has no default export"
	if def != nil && !goja.IsUndefined(def) {
		what = "has a default export that is not a function (" + console.Format(c.env, def) + ")"
	} else if len(named) > 0 {
		what += " (it exports " + strings.Join(named, ", ") + ")"
	}
	e := &ScriptError{Name: "TypeError", Code: "no-default-export",
		Message: fmt.Sprintf("%s %s. %s", displayFile(t.entry), what, exportHint[t.kind])}
	c.atEntry(e)
	if e.Line == 0 {
		e.Line, e.Column = c.rt.program.smap.FindLine(t.entry.File, func(line string) bool {
			return strings.HasPrefix(strings.TrimSpace(line), "export ")
		})
		e.LineText = c.rt.program.smap.SourceLine(t.entry.File, e.Line)
	}
	return e
}

var exportHint = map[entryKind]string{
	kindFunction: project.FunctionExportRule,
	kindWebhook:  project.WebhookExportRule,
	kindEvent:    project.EventExportRule,
}

func displayFile(e Entry) string {
	if e.File != "" {
		return e.File
	}
	return e.ID
}
