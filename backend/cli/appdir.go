package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

// appDir returns the app folder named on the command line, or the bundled example extracted to
// the user's cache. The example goes to a folder named after its contents, so a new studio
// version never overwrites edits made to the example of an older one.
func appDir(args []string, env Env) (string, error) {
	if len(args) > 0 {
		return args[0], nil
	}
	if env.Examples == nil {
		return "", fmt.Errorf("no app folder given and no bundled example")
	}
	sum, err := treeHash(env.Examples, env.DefaultExample)
	if err != nil {
		return "", fmt.Errorf("read the bundled example: %w", err)
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	dir := filepath.Join(cache, "attio-studio", "examples", sum[:12], env.DefaultExample)
	if _, err := os.Stat(filepath.Join(dir, "package.json")); err == nil {
		return dir, nil
	}
	if err := extract(env.Examples, env.DefaultExample, dir); err != nil {
		return "", fmt.Errorf("extract the bundled example to %s: %w", dir, err)
	}
	return dir, nil
}

func treeHash(fsys fs.FS, root string) (string, error) {
	h := sha256.New()
	var files []string
	err := fs.WalkDir(fsys, root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		return "", err
	}
	sort.Strings(files)
	for _, f := range files {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", f, len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// extract copies fsys's root folder to dir, writing into a temporary sibling first so a
// half-written example is never mistaken for a whole one.
func extract(fsys fs.FS, root, dir string) error {
	tmp := dir + ".partial"
	os.RemoveAll(tmp)
	err := fs.WalkDir(fsys, root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, filepath.FromSlash(path))
		target := filepath.Join(tmp, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if filepath.Ext(path) == ".go" {
			return nil
		}
		src, err := fsys.Open(path)
		if err != nil {
			return err
		}
		defer src.Close()
		dst, err := os.Create(target)
		if err != nil {
			return err
		}
		if _, err := io.Copy(dst, src); err != nil {
			dst.Close()
			return err
		}
		return dst.Close()
	})
	if err != nil {
		return err
	}
	return os.Rename(tmp, dir)
}
