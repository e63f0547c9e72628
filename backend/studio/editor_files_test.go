package studio

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The desktop window saves and opens workspace files by path (after its native dialogs).
func TestWorkspaceFilesByPath(t *testing.T) {
	s, _ := openExample(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "workspace.json")
	if err := os.WriteFile(file, []byte("an older export"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := s.ExportWorkspaceFile(file); err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile(file)
	if err != nil || !strings.Contains(string(doc), `"Ada"`) {
		t.Fatalf("the exported file lacks the people: %.100s %v", doc, err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".export-*")); len(left) > 0 {
		t.Errorf("the export left temporary files: %v", left)
	}

	edited := filepath.Join(dir, "edited.json")
	os.WriteFile(edited, []byte(strings.ReplaceAll(string(doc), `"Ada"`, `"Augusta"`)), 0o600)
	if err := s.ImportWorkspaceFile(edited); err != nil {
		t.Fatal(err)
	}
	people, err := s.QueryRecords("people", RecordQuery{Search: "Augusta"})
	if err != nil || len(people) != 1 {
		t.Fatalf("after the import, %d people are called Augusta: %v", len(people), err)
	}

	bad := filepath.Join(dir, "people.csv")
	os.WriteFile(bad, []byte("name,email\n"), 0o600)
	err = s.ImportWorkspaceFile(bad)
	if err == nil || !strings.HasPrefix(err.Error(), "people.csv: ") {
		t.Errorf("importing a CSV file: %v", err)
	}
	err = s.ImportWorkspaceFile(filepath.Join(dir, "missing.json"))
	if err == nil || !strings.Contains(err.Error(), "missing.json") {
		t.Errorf("importing a missing file: %v", err)
	}
	if people, _ := s.QueryRecords("people", RecordQuery{Search: "Augusta"}); len(people) != 1 {
		t.Error("a refused import changed the workspace")
	}
	if err := s.ExportWorkspaceFile(filepath.Join(dir, "no-such-dir", "w.json")); err == nil {
		t.Error("an export into a missing folder succeeded")
	}
}
