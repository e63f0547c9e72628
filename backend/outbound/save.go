package outbound

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// mocksKey is the key of the rules in the app's studio file (attio-studio.json).
const mocksKey = "mocks"

// SaveRules writes rules as the "mocks" array of the studio file at path, keeping every other
// key byte for byte where it was. A missing file is created. The write is atomic: a temporary
// file in the same folder is renamed over the old one, so a crash leaves either the old file or
// the new one. A file that is not a JSON object is left alone and reported.
func SaveRules(path string, rules []Rule) error {
	if err := ValidateRules(rules); err != nil {
		return fmt.Errorf("save mock rules: %w", err)
	}
	if rules == nil {
		rules = []Rule{}
	}
	mocks, err := json.MarshalIndent(rules, "  ", "  ")
	if err != nil {
		return fmt.Errorf("encode mock rules: %w", err)
	}
	old, err := os.ReadFile(path)
	mode := os.FileMode(0o644)
	switch {
	case errors.Is(err, os.ErrNotExist):
		old = nil
	case err != nil:
		return fmt.Errorf("read %s: %w", path, err)
	default:
		if info, err := os.Stat(path); err == nil {
			mode = info.Mode().Perm()
		}
	}
	updated, err := spliceKey(old, mocksKey, mocks)
	if err != nil {
		return fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return writeAtomic(path, updated, mode)
}

// spliceKey returns the JSON object doc with key's value replaced by value, or added as the last
// key when missing. Everything outside that value is kept as it was.
func spliceKey(doc []byte, key string, value []byte) ([]byte, error) {
	if len(bytes.TrimSpace(doc)) == 0 {
		return fmt.Appendf(nil, "{\n  %q: %s\n}\n", key, value), nil
	}
	if !json.Valid(doc) {
		return nil, errors.New("the file is not valid JSON; fix it before saving mock rules")
	}
	dec := json.NewDecoder(bytes.NewReader(doc))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, errors.New("the file is not a JSON object; fix it before saving mock rules")
	}
	// The offsets are taken right after each value: More skips the whitespace that follows.
	end := int(dec.InputOffset())
	keys := 0
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("read the file: %w", err)
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, fmt.Errorf("read the file: %w", err)
		}
		end = int(dec.InputOffset())
		keys++
		if tok == key {
			return concat(doc[:end-len(raw)], value, doc[end:]), nil
		}
	}
	sep := ",\n  "
	if keys == 0 {
		sep = "\n  "
	}
	return concat(doc[:end], fmt.Appendf(nil, "%s%q: %s", sep, key, value),
		newlineBeforeBrace(doc[end:])), nil
}

// newlineBeforeBrace puts the closing brace of the top object on its own line.
func newlineBeforeBrace(rest []byte) []byte {
	trimmed := bytes.TrimLeft(rest, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '}' {
		return append([]byte("\n"), trimmed...)
	}
	return rest
}

func concat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// writeAtomic replaces path with data through a synced temporary file in the same folder.
func writeAtomic(path string, data []byte, mode os.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing to remove
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(mode)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	return nil
}
