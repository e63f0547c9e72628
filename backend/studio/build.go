package studio

import (
	"errors"
	"strings"
	"time"

	"attio-studio/backend/bundle"
	"attio-studio/backend/diag"
	"attio-studio/backend/project"
	"attio-studio/backend/runtime"
)

// build is a good build: the one the studio runs until a newer good one replaces it.
type build struct {
	version  int
	client   bundle.Output
	surfaces bundle.Surfaces
	runtime  *runtime.Runtime
	project  *project.Project
}

// buildAttempt is the outcome of the last rebuild, good or not.
type buildAttempt struct {
	diagnostics []diag.Diagnostic
	duration    time.Duration
	at          time.Time
}

// Manifest is what the studio knows of the app: its surfaces, server entry points and the
// diagnostics of the last build. When that build failed, the surfaces are those of the last good
// build, which keeps running.
type Manifest struct {
	App          AppInfo `json:"app"`
	BuildVersion int     `json:"buildVersion"`
	BuildMs      float64 `json:"buildMs"`
	bundle.Surfaces
	ServerFunctions []string `json:"serverFunctions"`
	Webhooks        []string `json:"webhooks"`
	Events          []string `json:"events"`
	// Queries are the app's GraphQL documents (.graphql and .gql files).
	Queries     []string          `json:"queries"`
	Diagnostics []diag.Diagnostic `json:"diagnostics"`
	DataFile    string            `json:"dataFile"`
	WebhookURL  string            `json:"webhookUrl"`
}

// AppInfo names the opened app.
type AppInfo struct {
	Name  string        `json:"name"`
	Dir   string        `json:"dir"`
	Shape project.Shape `json:"shape"`
}

// ClientBundle is the client code the studio page runs, versioned by good build. Code is empty
// until a build has succeeded.
type ClientBundle struct {
	Version int    `json:"version"`
	Code    string `json:"code"`
}

// Rebuild reloads the app's files and builds it again. When the build is good it replaces the
// running one; either way subscribers get a "build" event with the new manifest.
func (s *Session) Rebuild() Manifest {
	s.rebuild()
	return s.Manifest()
}

func (s *Session) rebuild() {
	start := time.Now()
	out := compileApp(s.builder, s.opts.Dir)
	if diag.HasErrors(out.diagnostics) {
		s.finishAttempt(out.project, out.diagnostics, start)
		return
	}
	s.refreshMocks(out.project)
	s.mu.Lock()
	version := 1
	if s.current != nil {
		version = s.current.version + 1
	}
	rt := runtime.New(out.program, s.services(out.project),
		runtime.Options{Logger: s.logger, Timeout: s.opts.CallTimeout})
	s.current = &build{version: version, client: out.client, surfaces: out.surfaces,
		project: out.project, runtime: rt}
	s.mu.Unlock()
	s.finishAttempt(out.project, out.diagnostics, start)
	s.seedConnections()
}

// compiled is an app read, bundled, checked and compiled. When diagnostics has errors the
// outputs are not to be used; project is nil only when the folder could not be read.
type compiled struct {
	project     *project.Project
	client      bundle.Output
	surfaces    bundle.Surfaces
	program     *runtime.Program
	diagnostics []diag.Diagnostic
}

// compileApp takes the app in dir from its files to what the studio runs.
func compileApp(b *bundle.Builder, dir string) compiled {
	var out compiled
	p, err := project.Load(dir)
	if err != nil {
		out.diagnostics = []diag.Diagnostic{diag.Errorf("Could not read the app: %v", err)}
		return out
	}
	out.project = p
	res := b.Build(p)
	out.client = res.Client
	out.diagnostics = append(append(withoutRepeatedJSONErrors(p.Diagnostics, res.Diagnostics),
		mockRulesDiagnostics(p)...), res.Diagnostics...)
	out.diagnostics = append(out.diagnostics, b.DefaultExportDiagnostics(p)...)
	if diag.HasErrors(out.diagnostics) {
		return out
	}
	var surfaceDiags []diag.Diagnostic
	out.surfaces, surfaceDiags = bundle.ReadSurfaces(res.Client.Code, p.Dir)
	out.diagnostics = append(out.diagnostics, surfaceDiags...)
	out.program, err = runtime.Compile("server.js", res.Server.Code)
	var se *runtime.ScriptError
	switch {
	case errors.As(err, &se):
		out.diagnostics = append(out.diagnostics, se.Diagnostic())
	case err != nil:
		out.diagnostics = append(out.diagnostics,
			diag.Errorf("The server bundle does not compile: %v", err))
	}
	return out
}

// withoutRepeatedJSONErrors drops the project's errors about a file the bundler also reported:
// esbuild reads package.json too, and says more precisely where its JSON breaks.
func withoutRepeatedJSONErrors(project, bundled []diag.Diagnostic) []diag.Diagnostic {
	reported := map[string]bool{}
	for _, d := range bundled {
		if d.Severity == diag.Error && strings.HasSuffix(d.File, ".json") {
			reported[d.File] = true
		}
	}
	var out []diag.Diagnostic
	for _, d := range project {
		if d.Severity != diag.Error || !reported[d.File] {
			out = append(out, d)
		}
	}
	return out
}

// Check builds the app in dir without opening a session (no data file, no servers) and
// describes it, for `attio-studio check`.
func Check(dir string) (Manifest, error) {
	b := bundle.NewBuilder(bundle.Options{ValidateGraphQL: validateGraphQL})
	defer b.Close()
	start := time.Now()
	out := compileApp(b, dir)
	if out.project == nil {
		return Manifest{}, out.diagnostics[0]
	}
	m := Manifest{App: AppInfo{Name: out.project.Name, Dir: out.project.Dir, Shape: out.project.Shape},
		BuildMs:     float64(time.Since(start).Microseconds()) / 1000,
		Surfaces:    out.surfaces,
		Diagnostics: append([]diag.Diagnostic{}, out.diagnostics...)}
	if diag.HasErrors(out.diagnostics) {
		m.Surfaces = emptySurfaces()
	}
	m.ServerFunctions, m.Webhooks, m.Events = entryIDs(out.project)
	m.Queries = queryFiles(out.project)
	return m, nil
}

// queryFiles lists p's GraphQL documents, never nil.
func queryFiles(p *project.Project) []string {
	return append([]string{}, p.GraphQLFiles...)
}

func entryIDs(p *project.Project) (functions, webhooks, events []string) {
	ids := func(entries []project.Entry) []string {
		out := []string{}
		for _, e := range entries {
			out = append(out, e.ID)
		}
		return out
	}
	return ids(p.ServerFunctions), ids(p.Webhooks), ids(p.Events)
}

func (s *Session) finishAttempt(p *project.Project, ds []diag.Diagnostic, start time.Time) {
	attempt := &buildAttempt{diagnostics: ds, duration: time.Since(start), at: time.Now()}
	s.mu.Lock()
	s.latest = attempt
	if p != nil {
		s.project = p
	}
	s.mu.Unlock()
	if diag.HasErrors(ds) {
		s.logger.Warn("app build failed; the last good build keeps running",
			"errors", countErrors(ds), "first", ds[0].String())
	} else {
		s.logger.Info("app built", "ms", attempt.duration.Milliseconds())
	}
	s.events.publish(Event{Name: EventBuild, Data: s.Manifest()})
}

func countErrors(ds []diag.Diagnostic) int {
	n := 0
	for _, d := range ds {
		if d.Severity == diag.Error {
			n++
		}
	}
	return n
}

// Manifest describes the app as the studio runs it now.
func (s *Session) Manifest() Manifest {
	s.mu.RLock()
	defer s.mu.RUnlock()
	m := Manifest{App: AppInfo{Name: s.project.Name, Dir: s.project.Dir, Shape: s.project.Shape},
		DataFile: s.opts.DataFile, ServerFunctions: []string{}, Webhooks: []string{}, Events: []string{},
		Diagnostics: []diag.Diagnostic{}}
	if s.hookServer != nil {
		m.WebhookURL = s.hookServer.BaseURL()
	}
	if s.latest != nil {
		m.Diagnostics = append(m.Diagnostics, s.latest.diagnostics...)
		m.BuildMs = float64(s.latest.duration.Microseconds()) / 1000
	}
	if s.current == nil {
		m.Surfaces = emptySurfaces()
		return m
	}
	m.BuildVersion = s.current.version
	m.Surfaces = s.current.surfaces
	m.ServerFunctions, m.Webhooks, m.Events = entryIDs(s.current.project)
	m.Queries = queryFiles(s.current.project)
	return m
}

func emptySurfaces() bundle.Surfaces {
	return bundle.Surfaces{RecordActions: []bundle.Surface{}, BulkRecordActions: []bundle.Surface{},
		Widgets: []bundle.Surface{}, RecordTabs: []bundle.Surface{}, ObjectActions: []bundle.Surface{},
		CallRecordingInsightTextActions:    []bundle.Surface{},
		CallRecordingSummaryTextActions:    []bundle.Surface{},
		CallRecordingTranscriptTextActions: []bundle.Surface{}}
}

// ClientBundle returns the client code of the running build.
func (s *Session) ClientBundle() ClientBundle {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.current == nil {
		return ClientBundle{}
	}
	return ClientBundle{Version: s.current.version, Code: string(s.current.client.Code)}
}

// running returns the runtime of the running build, or nil before the first good build.
func (s *Session) running() *runtime.Runtime {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.current == nil {
		return nil
	}
	return s.current.runtime
}
