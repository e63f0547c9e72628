package studio

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// SourceFrame is some lines of an app file around one line, for showing where an error was.
type SourceFrame struct {
	// File is the file as asked for, relative to the app folder; Path is its absolute path,
	// for opening it in an editor.
	File string `json:"file"`
	Path string `json:"path"`
	// First is the number of the first of Lines (1-based); Line the line asked for.
	First int      `json:"first"`
	Line  int      `json:"line"`
	Lines []string `json:"lines"`
}

// maxSourceBytes caps the files SourceLines reads: app sources, not bundles or data.
const maxSourceBytes = 4 << 20

// SourceLines returns up to around lines before and after line of file, a path inside the app
// folder (relative to it, or absolute). Paths outside the app folder are refused, symbolic
// links included, so the page cannot read other files through it.
func (s *Session) SourceLines(file string, line, around int) (SourceFrame, error) {
	path, err := s.appFile(file)
	if err != nil {
		return SourceFrame{}, err
	}
	info, err := os.Stat(path)
	if err != nil {
		return SourceFrame{}, fmt.Errorf("read %s: %w", file, err)
	}
	if info.Size() > maxSourceBytes {
		return SourceFrame{}, fmt.Errorf("%s is larger than %d MiB; it is not an app source",
			file, maxSourceBytes>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return SourceFrame{}, fmt.Errorf("read %s: %w", file, err)
	}
	text := strings.TrimSuffix(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	lines := strings.Split(text, "\n")
	if line < 1 || line > len(lines) {
		return SourceFrame{}, fmt.Errorf("%s has %d lines, so it has no line %d", file,
			len(lines), line)
	}
	around = min(max(around, 0), 50)
	first, last := max(1, line-around), min(len(lines), line+around)
	return SourceFrame{File: file, Path: path, First: first, Line: line,
		Lines: lines[first-1 : last]}, nil
}

// appFile resolves file to an absolute path inside the app folder, following symbolic links.
func (s *Session) appFile(file string) (string, error) {
	dir, err := filepath.EvalSymlinks(s.Project().Dir)
	if err != nil {
		return "", fmt.Errorf("find the app folder: %w", err)
	}
	path := file
	if !filepath.IsAbs(path) {
		path = filepath.Join(s.Project().Dir, filepath.FromSlash(file))
	}
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", fmt.Errorf("the app has no file %s", file)
	}
	rel, err := filepath.Rel(dir, real)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("%s is outside the app folder %s; the studio only shows the "+
			"app's own files", file, s.Project().Dir)
	}
	return real, nil
}
