package app

import (
	"path/filepath"

	wailsruntime "github.com/wailsapp/wails/v2/pkg/runtime"
)

// WebKitGTK, which shows the window on Linux, may drop a page's blob download without a word,
// so the window saves and opens workspace files through the desktop's own dialogs instead.

var jsonFiles = []wailsruntime.FileFilter{{DisplayName: "Workspace files (*.json)",
	Pattern: "*.json"}}

// ExportWorkspaceToFile asks where to save the workspace, suggesting fileName, and writes it
// there. It returns the path written, or "" when the user cancelled.
func (a *App) ExportWorkspaceToFile(fileName string) (string, error) {
	path, err := wailsruntime.SaveFileDialog(a.ctx, wailsruntime.SaveDialogOptions{
		Title:                "Export the mock workspace",
		DefaultFilename:      filepath.Base(fileName),
		Filters:              jsonFiles,
		CanCreateDirectories: true,
	})
	if err != nil || path == "" {
		return "", err
	}
	return path, a.session.ExportWorkspaceFile(path)
}

// ChooseWorkspaceFile asks for a workspace file to import and returns its path, or "" when
// the user cancelled. Nothing is imported until ImportWorkspaceFile.
func (a *App) ChooseWorkspaceFile() (string, error) {
	return wailsruntime.OpenFileDialog(a.ctx, wailsruntime.OpenDialogOptions{
		Title:   "Import a mock workspace",
		Filters: jsonFiles,
	})
}

// ImportWorkspaceFile replaces the workspace with the document in the file at path, which
// ChooseWorkspaceFile returned.
func (a *App) ImportWorkspaceFile(path string) error {
	return a.session.ImportWorkspaceFile(path)
}
