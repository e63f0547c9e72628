package runtime

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"
	"testing"

	"attio-studio/backend/outbound"
)

// mockAttio is a tiny stand-in for the studio's Attio API: it answers PATCH of a known record
// and refuses anything else with Attio's error body.
func mockAttio(t *testing.T) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "application/json")
		if r.Header.Get("Authorization") != "Bearer app-token" {
			w.WriteHeader(401)
			io.WriteString(w, `{"status_code":401,"type":"auth_error","code":"unauthorized","message":"Bad token"}`)
			return
		}
		if r.Method == "PATCH" && r.URL.Path == "/v2/objects/people/records/rec-1" {
			fmt.Fprintf(w, `{"data":{"id":{"record_id":"rec-1"},"query":%q,"sent":%s}}`, r.URL.RawQuery, body)
			return
		}
		w.WriteHeader(400)
		io.WriteString(w, `{"status_code":400,"type":"invalid_request_error","code":"validation_type",`+
			`"message":"Unknown attribute alc_status"}`)
	})
}

func TestAttioFetch(t *testing.T) {
	p := compile(t, spec{
		prelude: `const sdk = globalThis.__attioServerSDK;`,
		functions: mods{
			"patch.server": `async (id) => sdk.attioFetch({ method: "PATCH", path: "/objects/people/records/" + id,
				queryParams: { a: 1, list: ["x", "y"], skip: undefined }, body: { data: { values: { alc_status: "Pending" } } } })`,
			"caught.server": `async () => {
				try { await sdk.attioFetch({ method: "PATCH", path: "/objects/people/records/rec-2", body: {} }); }
				catch (e) { return { message: e.message, status_code: e.status_code, code: e.code, type: e.type }; }
			}`,
			"bad-path.server": `async () => sdk.attioFetch({ method: "GET", path: "objects" })`,
			"token.server":    `async () => sdk.ATTIO_API_TOKEN`,
		},
	})
	client := outbound.New(outbound.Options{AttioAPI: mockAttio(t)})
	rt := New(p, Services{Fetch: client.Do, AttioToken: "app-token"}, Options{})

	call := recorded(t, func(ctx context.Context) {
		got, err := rt.CallFunction(ctx, "patch.server", args(`"rec-1"`))
		want := `{"data":{"id":{"record_id":"rec-1"},"query":"a=1&list=x&list=y",` +
			`"sent":{"data":{"values":{"alc_status":"Pending"}}}}}`
		if err != nil || string(got) != want {
			t.Errorf("got %s, %v\nwant %s", got, err, want)
		}
	})
	if len(call.Requests) != 1 || call.Requests[0].Source != outbound.SourceAttioAPI ||
		call.Requests[0].RequestHeaders["Authorization"] != "Bearer ***" {
		t.Errorf("recorded requests %+v", call.Requests)
	}

	got, err := rt.CallFunction(context.Background(), "caught.server", nil)
	want := `{"message":"attioFetch PATCH /objects/people/records/rec-2 failed: 400 validation_type: ` +
		`Unknown attribute alc_status","status_code":400,"code":"validation_type","type":"invalid_request_error"}`
	if err != nil || string(got) != want {
		t.Errorf("got %s, %v\nwant %s", got, err, want)
	}
	if _, err := rt.CallFunction(context.Background(), "bad-path.server", nil); err == nil ||
		!strings.Contains(err.Error(), `attioFetch path "objects" must start with /`) {
		t.Errorf("bad path: %v", err)
	}
	if got, _ := rt.CallFunction(context.Background(), "token.server", nil); string(got) != `"app-token"` {
		t.Errorf("ATTIO_API_TOKEN = %s", got)
	}
}

type fakeConnections struct{ workspace, user *Connection }

func (f fakeConnections) Workspace(_ context.Context, key string) (Connection, bool, error) {
	if key == "broken" {
		return Connection{}, false, errors.New("store closed")
	}
	if f.workspace == nil {
		return Connection{}, false, nil
	}
	return *f.workspace, true, nil
}

func (f fakeConnections) User(context.Context, string) (Connection, bool, error) {
	if f.user == nil {
		return Connection{}, false, nil
	}
	return *f.user, true, nil
}

func TestConnections(t *testing.T) {
	p := compile(t, spec{
		prelude: `const sdk = globalThis.__attioServerSDK, root = globalThis.__attioRootSDK;`,
		functions: mods{
			"workspace.server": `() => sdk.getWorkspaceConnection()`,
			"user.server":      `() => sdk.getUserConnection()`,
			"broken.server":    `() => sdk.getWorkspaceConnection("broken")`,
			"classes.server": `() => { try { sdk.getUserConnection(); } catch (e) {
				return [e instanceof root.AttioNoUserConnectionError, e instanceof root.AttioError, e instanceof Error, e.code]; } }`,
		},
	})
	conn := &Connection{ID: "c1", Value: "secret", CreatedBy: Actor{Type: "user", ID: "u1"},
		OwnedBy: Actor{Type: "workspace", ID: "w1"}}
	tests := []struct {
		name      string
		conns     Connections
		id        string
		want      string
		errName   string
		errCode   string
		errSubstr string
	}{
		{name: "workspace present", conns: fakeConnections{workspace: conn}, id: "workspace.server",
			want: `{"id":"c1","value":"secret","createdBy":{"type":"user","id":"u1"},"ownedBy":{"type":"workspace","id":"w1"}}`},
		{name: "workspace missing", conns: fakeConnections{}, id: "workspace.server",
			errName: "AttioNoWorkspaceConnectionError", errCode: "no-workspace-connection",
			errSubstr: "Connections panel"},
		{name: "no service at all", conns: nil, id: "user.server",
			errName: "AttioNoUserConnectionError", errCode: "no-user-connection"},
		{name: "user present", conns: fakeConnections{user: conn}, id: "user.server",
			want: `{"id":"c1","value":"secret","createdBy":{"type":"user","id":"u1"},"ownedBy":{"type":"workspace","id":"w1"}}`},
		{name: "store failure", conns: fakeConnections{}, id: "broken.server", errName: "Error",
			errSubstr: "Could not read the workspace connection: store closed"},
		{name: "error classes", conns: fakeConnections{}, id: "classes.server",
			want: `[true,true,true,"no-user-connection"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rt := New(p, Services{Connections: tt.conns}, Options{})
			got, err := rt.CallFunction(context.Background(), tt.id, nil)
			if tt.errName == "" {
				if err != nil || string(got) != tt.want {
					t.Fatalf("got %s, %v\nwant %s", got, err, tt.want)
				}
				return
			}
			var se *ScriptError
			if !errors.As(err, &se) || se.Name != tt.errName || se.Code != tt.errCode ||
				!strings.Contains(se.Message, tt.errSubstr) {
				t.Fatalf("err = %#v", err)
			}
			if strings.Contains(se.Stack, "attio-sdk.js") || strings.Contains(se.Stack, "attiosdk") ||
				se.File != "dist/server.js" {
				t.Errorf("the error points into the runtime, not the app: %s\n%s", se.File, se.Stack)
			}
		})
	}
}

// fakeHandlers is an in-memory webhook-handler store.
type fakeHandlers struct {
	mu   sync.Mutex
	next int
	all  map[string]WebhookHandler
}

func (f *fakeHandlers) Create(_ context.Context, fileName string) (WebhookHandler, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.next++
	h := WebhookHandler{ID: fmt.Sprintf("h%d", f.next), FileName: fileName,
		URL: fmt.Sprintf("http://127.0.0.1:9/webhooks/h%d", f.next)}
	if f.all == nil {
		f.all = map[string]WebhookHandler{}
	}
	f.all[h.ID] = h
	return h, nil
}

func (f *fakeHandlers) List(context.Context) ([]WebhookHandler, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var list []WebhookHandler
	for _, h := range f.all {
		list = append(list, h)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].ID < list[j].ID })
	return list, nil
}

func (f *fakeHandlers) Get(_ context.Context, id string) (WebhookHandler, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	h, ok := f.all[id]
	if !ok {
		return WebhookHandler{}, fmt.Errorf("No webhook handler with id %q", id)
	}
	return h, nil
}

func (f *fakeHandlers) Update(_ context.Context, id, external string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	h, ok := f.all[id]
	if !ok {
		return fmt.Errorf("No webhook handler with id %q", id)
	}
	h.ExternalWebhookID = &external
	f.all[id] = h
	return nil
}

func (f *fakeHandlers) Delete(_ context.Context, id string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.all, id)
	return nil
}

func TestWebhookHandlerFunctionsAndEvents(t *testing.T) {
	p := compile(t, spec{
		prelude:  `const sdk = globalThis.__attioServerSDK;`,
		webhooks: mods{"lead-processed": `async () => new Response(null, { status: 204 })`},
		functions: mods{
			"crud.server": `async () => {
				const created = await sdk.createWebhookHandler({ fileName: "lead-processed" });
				await sdk.updateWebhookHandler(created.id, { externalWebhookId: "ext-9" });
				const got = await sdk.getWebhookHandler(created.id);
				const listed = await sdk.listWebhookHandlers();
				await sdk.deleteWebhookHandler(created.id);
				return { created, got, listed, after: await sdk.listWebhookHandlers() };
			}`,
			"unknown-file.server": `() => sdk.createWebhookHandler({ fileName: "nope" })`,
			"unknown-id.server":   `() => sdk.getWebhookHandler("h404")`,
			"user.server":         `() => sdk.getCurrentUser()`,
		},
		events: mods{"connection-added": `async ({ connection }) => {
			const h = await sdk.createWebhookHandler({ fileName: "lead-processed" });
			if (connection.value !== "good") throw new Error("Acme refused the key");
			await sdk.updateWebhookHandler(h.id, { externalWebhookId: "ext-" + connection.id });
		}`},
	})
	store := &fakeHandlers{}
	rt := New(p, Services{WebhookHandlers: store,
		CurrentUser: func(context.Context) (string, error) { return "user-7", nil }}, Options{})
	ctx := context.Background()

	got, err := rt.CallFunction(ctx, "crud.server", nil)
	want := `{"created":{"id":"h1","url":"http://127.0.0.1:9/webhooks/h1","fileName":"lead-processed","externalWebhookId":null},` +
		`"got":{"id":"h1","url":"http://127.0.0.1:9/webhooks/h1","fileName":"lead-processed","externalWebhookId":"ext-9"},` +
		`"listed":[{"id":"h1","url":"http://127.0.0.1:9/webhooks/h1","fileName":"lead-processed","externalWebhookId":"ext-9"}],` +
		`"after":[]}`
	if err != nil || string(got) != want {
		t.Errorf("CRUD: got %s, %v\nwant %s", got, err, want)
	}
	for id, msg := range map[string]string{
		"unknown-file.server": "there is no webhook handler file src/webhooks/nope.webhook.ts",
		"unknown-id.server":   `No webhook handler with id "h404"`,
	} {
		if _, err := rt.CallFunction(ctx, id, nil); err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("%s: err = %v, want %q", id, err, msg)
		}
	}
	if got, err := rt.CallFunction(ctx, "user.server", nil); err != nil || string(got) != `{"id":"user-7"}` {
		t.Errorf("getCurrentUser = %s, %v", got, err)
	}

	ran, err := rt.RunEvent(ctx, "connection-added", Connection{ID: "c1", Value: "good"})
	list, _ := store.List(ctx)
	if !ran || err != nil || len(list) != 1 || *list[0].ExternalWebhookID != "ext-c1" {
		t.Errorf("connection-added: ran=%v err=%v handlers=%+v", ran, err, list)
	}
	ran, err = rt.RunEvent(ctx, "connection-added", Connection{ID: "c2", Value: "bad"})
	var se *ScriptError
	if !ran || !errors.As(err, &se) || se.Message != "Acme refused the key" {
		t.Errorf("refused connection: ran=%v err=%v", ran, err)
	}
	if ran, err := rt.RunEvent(ctx, "connection-removed", Connection{}); ran || err != nil {
		t.Errorf("missing event handler: ran=%v err=%v, want false, nil", ran, err)
	}
	raw, _ := json.Marshal(Connection{ID: "c"})
	if string(raw) != `{"id":"c","value":"","createdBy":{"type":"","id":""},"ownedBy":{"type":"","id":""}}` {
		t.Errorf("Connection JSON = %s", raw)
	}
}
