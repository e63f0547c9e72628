// Package runtime runs an app's server code (server functions, webhook handlers, event handlers)
// in goja. A Program is the compiled server bundle; each call runs it in a fresh VM on its own
// event loop, so calls are isolated from each other and run concurrently. Host modules
// (console, timers, URL, TextEncoder/Decoder, fetch, the Attio SDK) are listed in modules.go.
//
// What a call returns follows Attio's contract: arguments, results and thrown values are JSON
// round-tripped, a call is interrupted after its timeout, and errors name the app's own files.
package runtime

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"time"

	"attio-studio/backend/runtime/attiosdk"
)

// DefaultTimeout is how long a call may run when Options.Timeout is zero; Attio's limit.
const DefaultTimeout = 30 * time.Second

// Options tunes a Runtime.
type Options struct {
	Timeout time.Duration // per call; 0 means DefaultTimeout
	// MemoryLimit is the heap size, in bytes, past which the calls running are stopped; 0 means
	// DefaultMemoryLimit.
	MemoryLimit int64
	Logger      *slog.Logger // nil discards
}

// Services is what server code reaches outside its VM. Every field may be left zero: fetch then
// fails with "fetch failed", connections are missing, there is no current user, and the
// webhook-handler, key-value and workspace-settings functions reject saying the service is not
// available.
type Services struct {
	// Fetch performs every outbound request from app code (fetch() and attioFetch()).
	Fetch func(ctx context.Context, req *http.Request) (*http.Response, error)
	// AttioToken is ATTIO_API_TOKEN and the bearer token attioFetch sends to
	// https://api.attio.com/v2 + path (through Fetch).
	AttioToken string
	// AttioFetchRemoved makes attioFetch throw, saying what to call instead, as for an app of
	// SDK 1.0 (src/app/ folders), whose attio/server no longer has it.
	AttioFetchRemoved bool
	Connections       Connections
	WebhookHandlers   WebhookHandlers
	// KV backs kv and experimental_kv of attio/server.
	KV KV
	// Settings backs the workspace-settings functions of attio/server.
	Settings WorkspaceSettings
	// CurrentUser answers getCurrentUser(): the id of the workspace member running the call, or
	// "" for none. It is asked on each call, so switching the studio's user takes effect at once.
	CurrentUser func(ctx context.Context) (string, error)
}

// KV is the key-value store behind kv and experimental_kv (see backend/kv).
type KV = attiosdk.KV

// WorkspaceSettings holds workspace-settings values (see backend/appsettings).
type WorkspaceSettings = attiosdk.WorkspaceSettings

// Connection is a user or workspace connection; it marshals to the SDK's
// {id, value, createdBy, ownedBy}.
type Connection = attiosdk.Connection

// Actor is who created or owns a connection ({type, id}).
type Actor = attiosdk.Actor

// Connections looks up connections for getWorkspaceConnection and getUserConnection.
type Connections = attiosdk.Connections

// WebhookHandler is a registered webhook handler; it marshals to
// {id, url, fileName, externalWebhookId}.
type WebhookHandler = attiosdk.WebhookHandler

// WebhookHandlers stores webhook handlers for the attio/server webhook-handler functions.
type WebhookHandlers = attiosdk.WebhookHandlers

// WebhookResponse is what a webhook handler answered, body read fully.
type WebhookResponse struct {
	Status int
	Header http.Header
	Body   []byte
}

// Runtime runs calls of one Program with one set of Services. It holds no per-call state and is
// safe for concurrent use.
// A call that allocates without end is stopped when the heap passes the memory limit.
type Runtime struct {
	program     *Program
	services    Services
	timeout     time.Duration
	memoryLimit int64
	logger      *slog.Logger
}

// New returns a Runtime for p.
func New(p *Program, s Services, o Options) *Runtime {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if o.MemoryLimit <= 0 {
		o.MemoryLimit = DefaultMemoryLimit
	}
	return &Runtime{program: p, services: s, timeout: o.Timeout, memoryLimit: o.MemoryLimit,
		logger: o.Logger}
}

// Program is the Program the runtime runs.
func (r *Runtime) Program() *Program { return r.program }
