// Package studio is the facade over everything the studio does for one opened app: a Session
// bundles the app, runs its server code, keeps its mock workspace and call log, watches its files
// and publishes what changes. The window (app/) and serve mode (backend/server) use only this.
package studio

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"attio-studio/backend/attioapi"
	"attio-studio/backend/bundle"
	"attio-studio/backend/calllog"
	"attio-studio/backend/graphql"
	"attio-studio/backend/outbound"
	"attio-studio/backend/project"
	"attio-studio/backend/store"
	"attio-studio/backend/webhooks"
	"attio-studio/backend/workspace"
)

// Options say which app to open and how.
type Options struct {
	// Dir is the app's folder.
	Dir string
	// DataFile is the store file; "" means one per app in the user's data folder.
	DataFile string
	// Watch rebuilds the app when its files change.
	Watch bool
	// WebhookPort is the loopback port for webhook handler URLs; 0 keeps the port used last
	// time for this app, or picks a free one.
	WebhookPort int
	// CallTimeout limits each server call; 0 means Attio's 30 seconds.
	CallTimeout time.Duration
	Logger      *slog.Logger
}

// Session is one opened app. Its methods are safe for concurrent use.
type Session struct {
	opts   Options
	logger *slog.Logger

	store      *store.Store
	workspace  *workspace.Workspace
	calls      *calllog.Log
	hooks      *webhooks.Handlers
	hookServer *webhooks.Server
	outbound   *outbound.Client
	graphql    *graphql.Schema
	attioAPI   http.Handler
	builder    *bundle.Builder
	token      string
	events     bus

	mu      sync.RWMutex
	current *build           // the last good build, nil until one succeeds
	latest  *buildAttempt    // the last build attempt, good or not
	project *project.Project // as found by the last build attempt

	stopWatch func()
	cancels   []func()
	closeOnce sync.Once
	closeErr  error
}

// Open opens the app in opts.Dir: it opens (or creates) its data file, builds it, and starts the
// webhook server. Build problems are not errors: they are in the manifest's diagnostics.
func Open(opts Options) (*Session, error) {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	p, err := project.Load(opts.Dir)
	if err != nil {
		return nil, err
	}
	if opts.DataFile == "" {
		if opts.DataFile, err = DefaultDataFile(p); err != nil {
			return nil, err
		}
	}
	s := &Session{opts: opts, logger: opts.Logger, project: p}
	if err := s.openData(); err != nil {
		s.Close()
		return nil, err
	}
	s.rebuild()
	if opts.Watch {
		if s.stopWatch, err = s.watch(); err != nil {
			s.logger.Warn("not watching the app's files; save will not reload", "err", err)
		}
	}
	return s, nil
}

// openData opens the store and everything kept in it, and starts the webhook server.
func (s *Session) openData() error {
	st, err := store.Open(s.opts.DataFile)
	if errors.Is(err, store.ErrAlreadyOpen) {
		return fmt.Errorf("another studio has %s open; close it first, or choose another "+
			"data file with --data: %w", s.opts.DataFile, err)
	}
	if err != nil {
		return err
	}
	s.store = st
	s.logger.Info("data file opened", "path", st.Path())

	if s.workspace, err = workspace.Open(st, s.logger); err != nil {
		return err
	}
	if s.calls, err = calllog.Open(st, s.logger); err != nil {
		return err
	}
	if s.token, err = apiToken(st); err != nil {
		return err
	}
	if err := s.applyStudioFile(s.project); err != nil {
		return err
	}
	s.graphql = graphql.New(s.workspace)
	s.attioAPI = attioapi.New(s.workspace, s.token, s.logger)
	if err := s.newOutbound(); err != nil {
		return err
	}
	s.builder = bundle.NewBuilder(bundle.Options{ValidateGraphQL: validateGraphQL, Logger: s.logger})
	s.cancels = append(s.cancels,
		s.workspace.Subscribe(func(c workspace.Change) {
			s.events.publish(Event{Name: EventRecordsChanged, Data: c})
		}),
		s.calls.Subscribe(func(c calllog.Call) { s.events.publish(Event{Name: EventCall, Data: c}) }),
		s.releaseWhenIdle(),
	)
	attioHooks := startAttioWebhooks(s.workspace, s.logger)
	s.cancels = append(s.cancels, s.workspace.Subscribe(attioHooks.enqueue), attioHooks.close)
	return s.startWebhooks()
}

// Close stops the watcher and the webhook server and closes the data file. Closing a closed
// Session does nothing and returns the first Close's error.
func (s *Session) Close() error {
	s.closeOnce.Do(func() { s.closeErr = s.close() })
	return s.closeErr
}

func (s *Session) close() error {
	if s.stopWatch != nil {
		s.stopWatch()
	}
	for _, cancel := range s.cancels {
		cancel()
	}
	if s.outbound != nil {
		s.outbound.Close()
	}
	if s.hookServer != nil {
		s.hookServer.Close()
	}
	if s.calls != nil {
		s.calls.Close()
	}
	if s.builder != nil {
		s.builder.Close()
	}
	if s.store != nil {
		return s.store.Close()
	}
	return nil
}

// AttioAPI is the mock Attio REST API (paths under /v2/), answering requests that carry the
// app's token as api.attio.com would.
func (s *Session) AttioAPI() http.Handler { return s.attioAPI }

// AttioAPIToken is the app's ATTIO_API_TOKEN, which the mock REST API accepts.
func (s *Session) AttioAPIToken() string { return s.token }

// DataFile is the path of the session's store file.
func (s *Session) DataFile() string { return s.opts.DataFile }

// Project is the app as found by the last build.
func (s *Session) Project() *project.Project {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.project
}

// context returns a context for work the session starts on its own behalf.
func (s *Session) context() context.Context { return context.Background() }
