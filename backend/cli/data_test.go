package cli

import (
	"os"
	"path/filepath"
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
