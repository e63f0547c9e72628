package studio

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"attio-studio/backend/calllog"
)

// ExportCallsFile writes the trees of the calls ids (or the whole log) to path: as a timeline,
// or with fixture as a test fixture. It writes through a temporary file beside path, so a failed
// export never leaves half a file where a good one was. The desktop window uses it because its
// webview may drop a page's download.
func (s *Session) ExportCallsFile(path string, ids []string, fixture bool) error {
	var doc any
	var err error
	if fixture {
		doc, err = s.ExportFixture(ids)
	} else {
		doc, err = s.ExportTimeline(ids)
	}
	if err != nil {
		return err
	}
	raw, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	return writeFileAtomically(path, append(raw, '\n'))
}

// ImportTimelineFile reads a timeline exported to path, for the inspector to show read-only.
func (s *Session) ImportTimelineFile(path string) (calllog.Timeline, error) {
	f, err := os.Open(path)
	if err != nil {
		return calllog.Timeline{}, fmt.Errorf("import %s: %w", path, err)
	}
	defer f.Close()
	t, err := calllog.ReadTimeline(f)
	if err != nil {
		return calllog.Timeline{}, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return t, nil
}

// writeFileAtomically writes data to path through a temporary file beside it, so a failed
// export never leaves half a file where a good one was.
func writeFileAtomically(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".export-*.json")
	if err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // after the rename there is nothing left to remove
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("export to %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	return nil
}
