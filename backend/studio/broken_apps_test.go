package studio

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"attio-studio/backend/diag"
	"attio-studio/backend/project/projecttest"
)

// The corpus of broken apps in testdata/broken: each .txtar file is one whole app that fails to
// build one way. Its header says what the one error diagnostic must say and where it points:
//
//	A sentence saying what is broken.
//	want: a substring of the diagnostic's text
//	file: the app file it names
//	line: its line (0 only for what is missing: package.json, the src folder)
//	column: its column (optional)
//	severity: warning, for a problem the studio only warns about (optional; error by default)
//	-- package.json --
//	...
//
// Throwing renders and failing server calls are not here: they happen when the app runs, not
// when it builds. A widget that throws while rendering shows its error and stack in its card
// (frontend/e2e/sdk-rules.test.mjs); server calls that throw, loop or return what JSON cannot
// carry are the runtime corpus (runtime_corpus_test.go); huge results and console spam are
// capped with a note (broken_outputs_test.go).

// brokenApp is one fixture of the corpus.
type brokenApp struct {
	name, about  string
	want, file   string
	line, column int
	severity     diag.Severity
	files        map[string]string
}

const brokenDir = "testdata/broken"

func loadBrokenApps(t *testing.T) []brokenApp {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(brokenDir, "*.txtar"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no broken apps in %s (%v)", brokenDir, err)
	}
	var apps []brokenApp
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		app, err := parseBrokenApp(strings.TrimSuffix(filepath.Base(path), ".txtar"), string(raw))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		apps = append(apps, app)
	}
	return apps
}

// parseBrokenApp reads a txtar archive: a header, then files each introduced by "-- name --".
func parseBrokenApp(name, text string) (brokenApp, error) {
	app := brokenApp{name: name, line: -1, severity: diag.Error, files: map[string]string{}}
	var current string
	var body strings.Builder
	flush := func() {
		if current != "" {
			app.files[current] = body.String()
		}
		body.Reset()
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		trimmed := strings.TrimRight(line, "\n")
		if file, ok := strings.CutPrefix(trimmed, "-- "); ok && strings.HasSuffix(file, " --") {
			flush()
			current = strings.TrimSuffix(file, " --")
			continue
		}
		if current != "" {
			body.WriteString(line)
			continue
		}
		if err := app.readHeader(trimmed); err != nil {
			return app, err
		}
	}
	flush()
	if app.want == "" || app.file == "" || app.line < 0 || app.about == "" {
		return app, errBrokenHeader
	}
	return app, nil
}

var errBrokenHeader = errors.New("the header needs a sentence and want:, file: and line:")

func (app *brokenApp) readHeader(line string) error {
	key, value, ok := strings.Cut(line, ": ")
	var err error
	switch {
	case !ok && line != "":
		app.about = strings.TrimSpace(app.about + " " + line)
	case key == "want":
		app.want = value
	case key == "file":
		app.file = value
	case key == "line":
		app.line, err = strconv.Atoi(value)
	case key == "column":
		app.column, err = strconv.Atoi(value)
	case key == "severity":
		app.severity = diag.Severity(value)
	case ok:
		app.about = strings.TrimSpace(app.about + " " + line)
	}
	return err
}

// checkBrokenDiagnostic asserts that ds holds exactly the one diagnostic app describes (and no
// other error), and that a diagnostic with a line shows that line of the file.
func checkBrokenDiagnostic(t *testing.T, app brokenApp, ds []diag.Diagnostic) {
	t.Helper()
	var errs []diag.Diagnostic
	for _, d := range ds {
		if d.Severity == diag.Error || d.Severity == app.severity {
			errs = append(errs, d)
		}
	}
	if len(errs) != 1 || errs[0].Severity != app.severity {
		var all []string
		for _, d := range errs {
			all = append(all, d.String())
		}
		t.Fatalf("%s\ngot %d error diagnostics, want one %s:\n%s", app.about, len(errs),
			app.severity, strings.Join(all, "\n"))
	}
	d := errs[0]
	if !strings.Contains(d.Text, app.want) || d.File != app.file || d.Line != app.line ||
		(app.column != 0 && d.Column != app.column) {
		t.Errorf("%s\ngot  %s\nwant %q at %s:%d:%d", app.about, d.String(), app.want, app.file,
			app.line, app.column)
	}
	if d.Line > 0 && d.Column < 1 {
		t.Errorf("%s\n%s has a line but no column", app.about, d.String())
	}
	if lines := strings.Split(app.files[d.File], "\n"); d.Line > 0 && d.Line <= len(lines) &&
		d.LineText != lines[d.Line-1] {
		t.Errorf("%s\n%s shows the source line %q, want %q", app.about, d.String(), d.LineText,
			lines[d.Line-1])
	}
}

func TestTheBrokenAppCorpusHasFortyApps(t *testing.T) {
	if n := len(loadBrokenApps(t)); n < 40 {
		t.Errorf("the corpus has %d broken apps, want at least 40", n)
	}
}

// TestCheckGivesEachBrokenAppOneClearDiagnostic builds each broken app the way `attio-studio
// check` does.
func TestCheckGivesEachBrokenAppOneClearDiagnostic(t *testing.T) {
	for _, app := range loadBrokenApps(t) {
		t.Run(app.name, func(t *testing.T) {
			m, err := Check(projecttest.WriteApp(t, app.files))
			if err != nil {
				t.Fatal(err)
			}
			checkBrokenDiagnostic(t, app, m.Diagnostics)
			if app.severity == diag.Error && len(m.RecordActions) != 0 {
				t.Errorf("a broken app reports surfaces: %+v", m.Surfaces)
			}
		})
	}
}

// TestSavingEachBrokenAppKeepsTheLastGoodBuildServing turns a running app into each broken app
// in turn, as a save would: the build fails with the app's diagnostic, the last good build keeps
// its surfaces and keeps answering server calls, and saving the good app again recovers.
func TestSavingEachBrokenAppKeepsTheLastGoodBuildServing(t *testing.T) {
	good := map[string]string{
		"package.json":     `{"name": "corpus-good"}`,
		"src/ok.server.ts": okServer,
		"src/action.tsx": `export const recordAction = {
  id: "good-action",
  label: "Good action",
  onTrigger: async () => {},
}
`,
	}
	s := openCorpusApp(t, good)
	dir := s.Project().Dir
	for _, app := range loadBrokenApps(t) {
		t.Run(app.name, func(t *testing.T) {
			before := s.Manifest().BuildVersion
			replaceAppFiles(t, dir, app.files)
			m := s.Rebuild()
			checkBrokenDiagnostic(t, app, m.Diagnostics)
			if app.severity != diag.Error {
				// A warning does not stop the build: the app as saved runs.
				if m.BuildVersion <= before {
					t.Errorf("a build with only a warning was not used: %+v", m.Diagnostics)
				}
			} else if m.BuildVersion != before || len(m.RecordActions) != 1 ||
				m.RecordActions[0].ID != "good-action" {
				t.Errorf("the last good build (%d) is gone: version %d, %+v", before,
					m.BuildVersion, m.RecordActions)
			} else {
				assertServing(t, s, app.name)
			}

			replaceAppFiles(t, dir, good)
			if m := s.Rebuild(); len(m.Diagnostics) != 0 {
				t.Fatalf("saving the good app again: %v", m.Diagnostics)
			}
		})
	}
}

// replaceAppFiles makes dir hold exactly files.
func replaceAppFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
			t.Fatal(err)
		}
	}
	projecttest.WriteFiles(t, dir, files)
}
