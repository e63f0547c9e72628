package app

import (
	"path/filepath"

	wailsruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"attio-studio/backend/calllog"
)

// The inspector's exports and imports go through the desktop's own dialogs for the same reason
// as the workspace's (see files.go): the webview may drop a page's blob download.

var callFiles = []wailsruntime.FileFilter{{DisplayName: "Timelines and fixtures (*.json)",
	Pattern: "*.json"}}

// ExportCallsToFile asks where to save the trees of the calls ids (all calls when none),
// suggesting fileName, and writes them there as a timeline, or with format "fixture" as a test
// fixture. It returns the path written, or "" when the user cancelled.
func (a *App) ExportCallsToFile(ids []string, format, fileName string) (string, error) {
	path, err := wailsruntime.SaveFileDialog(a.ctx, wailsruntime.SaveDialogOptions{
		Title:                "Export calls",
		DefaultFilename:      filepath.Base(fileName),
		Filters:              callFiles,
		CanCreateDirectories: true,
	})
	if err != nil || path == "" {
		return "", err
	}
	return path, a.session.ExportCallsFile(path, ids, format == "fixture")
}

// TimelineFile is a timeline read from a file the user chose, with the file's name.
type TimelineFile struct {
	FileName string           `json:"fileName"`
	Timeline calllog.Timeline `json:"timeline"`
}

// ImportTimelineFromFile asks for an exported timeline and reads it for the inspector to show
// read-only. FileName is "" when the user cancelled.
func (a *App) ImportTimelineFromFile() (TimelineFile, error) {
	path, err := wailsruntime.OpenFileDialog(a.ctx, wailsruntime.OpenDialogOptions{
		Title:   "Show an exported timeline",
		Filters: callFiles,
	})
	if err != nil || path == "" {
		return TimelineFile{}, err
	}
	t, err := a.session.ImportTimelineFile(path)
	if err != nil {
		return TimelineFile{}, err
	}
	return TimelineFile{FileName: filepath.Base(path), Timeline: t}, nil
}
