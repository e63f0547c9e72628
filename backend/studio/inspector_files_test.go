package studio

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportCallsFileAndImportItBack(t *testing.T) {
	s, _ := openExample(t)
	action, server := sendAda(t, s)
	dir := t.TempDir()

	timeline := filepath.Join(dir, "saved.timeline.json")
	if err := s.ExportCallsFile(timeline, []string{action}, false); err != nil {
		t.Fatal(err)
	}
	back, err := s.ImportTimelineFile(timeline)
	if err != nil || len(back.Calls) != 2 {
		t.Fatalf("imported %d calls, %v", len(back.Calls), err)
	}
	if back.Calls[0].ID != server && back.Calls[1].ID != server {
		t.Errorf("the server call %s is not in the file: %+v", server, back.Calls)
	}

	fixture := filepath.Join(dir, "saved.fixture.json")
	if err := s.ExportCallsFile(fixture, []string{action}, true); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(fixture)
	if !strings.Contains(string(raw), `"src/send-to-alc.server.ts"`) {
		t.Errorf("the fixture lacks the server function's file: %.200s", raw)
	}
	if _, err := s.ImportTimelineFile(fixture); err == nil ||
		!strings.Contains(err.Error(), "saved.fixture.json") {
		t.Errorf("a fixture imported as a timeline: %v", err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".export-*")); len(left) > 0 {
		t.Errorf("the export left temporary files: %v", left)
	}
}
