package studio

import (
	"fmt"
	"os"
	"path/filepath"
)

// ExportWorkspaceFile writes the whole workspace as one JSON document to path, through a
// temporary file beside it, so a failed export never leaves half a file where a good one was.
func (s *Session) ExportWorkspaceFile(path string) error {
	doc, err := s.ExportWorkspace()
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".export-*.json")
	if err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // after the rename there is nothing left to remove
	if _, err := tmp.Write(doc); err != nil {
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

// ImportWorkspaceFile replaces the whole workspace with the document in the file at path. A
// file that cannot be read or is not a workspace document changes nothing; the error names
// the file.
func (s *Session) ImportWorkspaceFile(path string) error {
	doc, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("import %s: %w", path, err)
	}
	if err := s.ImportWorkspace(doc); err != nil {
		return fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return nil
}
