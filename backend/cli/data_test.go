package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestDataExportImportRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "app")
	if err := os.CopyFS(dir, os.DirFS(example)); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(t.TempDir(), "data.db")
	file := filepath.Join(t.TempDir(), "workspace.json")
	if _, stderr, code := run(t, "data", "export", "--data", data, "--out", file, dir); code != 0 {
		t.Fatalf("export: exit %d %s", code, stderr)
	}
	doc, _ := os.ReadFile(file)
	if !strings.Contains(string(doc), "Ada") {
		t.Fatalf("the export lacks the people: %.200s", doc)
	}

	edited := strings.Replace(string(doc), "Ada", "Augusta", -1)
	os.WriteFile(file, []byte(edited), 0o644)
	if out, stderr, code := run(t, "data", "import", "--data", data, dir, file); code != 0 {
		t.Fatalf("import: exit %d %s %s", code, out, stderr)
	}
	out, _, _ := run(t, "data", "export", "--data", data, dir)
	if !strings.Contains(out, "Augusta") || strings.Contains(out, `"Ada"`) {
		t.Errorf("the imported edit did not stick")
	}

	os.WriteFile(file, []byte(`{"objects": "nope"}`), 0o644)
	_, stderr, code := run(t, "data", "import", "--data", data, dir, file)
	if code != 1 || !strings.Contains(stderr, file) {
		t.Errorf("bad import: exit %d %s", code, stderr)
	}
	out, _, _ = run(t, "data", "export", "--data", data, dir)
	if !strings.Contains(out, "Augusta") {
		t.Error("a refused import changed the workspace")
	}
}

func TestDataGenerateAddsPeopleAndCompanies(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "app")
	if err := os.CopyFS(dir, os.DirFS(example)); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(t.TempDir(), "data.db")
	for range 2 { // the second run must not collide with the first one's unique emails
		out, stderr, code := run(t, "data", "generate", "--people", "30", "--data", data, dir)
		if code != 0 || !strings.Contains(out, "added 30 people and 3 companies") {
			t.Fatalf("generate: exit %d %q %s", code, out, stderr)
		}
	}
	out, _, _ := run(t, "data", "export", "--data", data, dir)
	distinct := func(pattern string) int {
		seen := map[string]bool{}
		for _, m := range regexp.MustCompile(pattern).FindAllString(out, -1) {
			seen[m] = true
		}
		return len(seen)
	}
	if n := distinct(`person\d+@company\.example`); n != 60 {
		t.Errorf("the export has %d generated people, want 60", n)
	}
	if n := distinct(`company\d+\.example`); n != 6 {
		t.Errorf("the export has %d generated companies, want 6", n)
	}

	_, stderr, code := run(t, "data", "generate", "--people", "-1", "--data", data, dir)
	if code != 1 || !strings.Contains(stderr, "cannot generate -1 people") {
		t.Errorf("negative count: exit %d %s", code, stderr)
	}
}

// A damaged data file is reported with its name and left as it was, never replaced by a fresh
// workspace: it may hold the only copy of someone's test data.
func TestDamagedDataFileIsReportedAndKept(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "app")
	if err := os.CopyFS(dir, os.DirFS(example)); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(t.TempDir(), "good.db")
	if _, stderr, code := run(t, "data", "reset", "--data", good, dir); code != 0 {
		t.Fatalf("reset: exit %d %s", code, stderr)
	}
	written, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	zeroedMeta := append(make([]byte, 8192), written[8192:]...)
	tests := []struct {
		name    string
		content []byte
	}{
		{"not a data file", bytes.Repeat([]byte("not a studio data file\n"), 3000)},
		{"both meta pages zeroed", zeroedMeta},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := filepath.Join(t.TempDir(), "data.db")
			if err := os.WriteFile(data, tt.content, 0o600); err != nil {
				t.Fatal(err)
			}
			for _, verb := range []string{"export", "reset"} {
				_, stderr, code := run(t, "data", verb, "--data", data, dir)
				if code != 1 || !strings.Contains(stderr, data) ||
					!strings.Contains(stderr, "invalid database") {
					t.Errorf("%s: exit %d %q", verb, code, stderr)
				}
			}
			after, err := os.ReadFile(data)
			if err != nil || !bytes.Equal(after, tt.content) {
				t.Errorf("the damaged file was changed (%d bytes, was %d): %v", len(after),
					len(tt.content), err)
			}
		})
	}
}
