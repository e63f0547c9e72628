// Package attioapi serves Attio's REST API v2 (the paths under /v2/ of api.attio.com) over the
// mock workspace, with Attio's JSON shapes and error bodies. The studio routes server code's
// attioFetch calls and its fetches to api.attio.com here, in-process.
package attioapi

import (
	"crypto/subtle"
	"encoding/base64"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/google/uuid"

	"attio-studio/backend/workspace"
)

// handler serves one workspace to callers holding one token.
type handler struct {
	ws     *workspace.Workspace
	token  string
	actor  workspace.Actor
	logger *slog.Logger
}

// New returns a handler for /v2/... requests that authenticates each with token (as a Bearer
// token, or as the user name of Basic auth) and answers from ws. An empty token accepts no
// request. Values written through it are created by an "api-token" actor whose id derives from
// the token. The handler is safe for concurrent use and answers every request, including
// malformed ones, with JSON.
func New(ws *workspace.Workspace, token string, logger *slog.Logger) http.Handler {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	tokenID := uuid.NewSHA1(uuid.NameSpaceOID, []byte("attio-studio-token:"+token)).String()
	return &handler{ws: ws, token: token, logger: logger,
		actor: workspace.Actor{Type: "api-token", ID: tokenID}}
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	started := time.Now()
	rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
	defer func() {
		if p := recover(); p != nil {
			h.logger.Error("attio api handler panicked", "method", r.Method, "path", r.URL.Path,
				"panic", p)
			writeError(rec, internalError())
		}
		h.logger.Debug("attio api", "method", r.Method, "path", r.URL.Path,
			"status", rec.status, "ms", time.Since(started).Milliseconds())
	}()
	if err := h.authenticate(r); err != nil {
		writeError(rec, err)
		return
	}
	h.route(rec, r)
}

// authenticate accepts the token as "Bearer <token>" or as Basic auth's user name.
func (h *handler) authenticate(r *http.Request) *apiError {
	header := r.Header.Get("Authorization")
	if header == "" {
		return authError("missing_authorization", "The request has no Authorization header; "+
			"send \"Authorization: Bearer <token>\".")
	}
	scheme, credentials, _ := strings.Cut(header, " ")
	var given string
	switch strings.ToLower(scheme) {
	case "bearer":
		given = strings.TrimSpace(credentials)
	case "basic":
		raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(credentials))
		if err != nil {
			return authError("invalid_authorization", "The Basic credentials are not valid "+
				"base64.")
		}
		given, _, _ = strings.Cut(string(raw), ":")
	default:
		return authError("invalid_authorization", "The Authorization header must use the "+
			"Bearer or Basic scheme.")
	}
	if h.token == "" || subtle.ConstantTimeCompare([]byte(given), []byte(h.token)) != 1 {
		return authError("invalid_token", "The access token is not valid for this workspace.")
	}
	return nil
}

// statusRecorder remembers the status for the request log.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}
