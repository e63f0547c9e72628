package studio

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// debounce lets an editor finish writing (save-as-rename, formatters) before the rebuild.
const debounce = 25 * time.Millisecond

// watch rebuilds the app whenever a file in it changes, and returns a function that stops.
func (s *Session) watch() (stop func(), err error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	if err := addTree(w, s.opts.Dir); err != nil {
		w.Close()
		return nil, err
	}
	done := make(chan struct{})
	go s.watchLoop(w, done)
	return func() { close(done); w.Close() }, nil
}

func (s *Session) watchLoop(w *fsnotify.Watcher, done chan struct{}) {
	var timer *time.Timer
	fire := make(chan struct{}, 1)
	for {
		select {
		case <-done:
			return
		case ev, ok := <-w.Events:
			if !ok {
				return
			}
			if ignored(s.opts.Dir, ev.Name) {
				continue
			}
			if ev.Op&fsnotify.Create != 0 {
				if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
					addTree(w, ev.Name)
				}
			}
			if timer != nil {
				timer.Stop()
			}
			timer = time.AfterFunc(debounce, func() {
				select {
				case fire <- struct{}{}:
				default:
				}
			})
		case <-fire:
			s.rebuild()
		case err, ok := <-w.Errors:
			if !ok {
				return
			}
			s.logger.Warn("file watcher error", "err", err)
		}
	}
}

// addTree watches dir and every folder under it except those the app does not build from.
func addTree(w *fsnotify.Watcher, dir string) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		if path != dir && skipDir(d.Name()) {
			return filepath.SkipDir
		}
		return w.Add(path)
	})
}

func skipDir(name string) bool {
	return name == "node_modules" || name == "dist" || strings.HasPrefix(name, ".")
}

// ignored reports whether a change at path cannot affect the build.
func ignored(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	if err != nil {
		return true
	}
	for _, part := range strings.Split(filepath.ToSlash(rel), "/") {
		if skipDir(part) && part != "." {
			return true
		}
	}
	base := filepath.Base(path)
	return strings.HasSuffix(base, "~") || strings.HasSuffix(base, ".swp")
}
