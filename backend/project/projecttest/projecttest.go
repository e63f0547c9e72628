// Package projecttest writes apps given as in-memory file maps to temporary folders, for tests.
package projecttest

import (
	"os"
	"path/filepath"
	"testing"
)

// WriteApp writes files (path relative to the app folder → contents) under a new temporary
// folder and returns the folder. The folder is removed when the test ends.
func WriteApp(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	WriteFiles(t, dir, files)
	return dir
}

// WriteFiles writes files (path relative to dir → contents) under dir, creating folders.
func WriteFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, contents := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(contents), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
