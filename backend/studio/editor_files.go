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
	return writeFileAtomically(path, doc)
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
