// Package srcmap maps positions in the server bundle back to the app's own source files through
// the bundle's inline source map, and rewrites goja stack traces so that every frame names an app
// file with a 1-based line and column.
//
// goja can apply source maps itself, but it looks columns up one place too far to the right and
// reports mapped columns 0-based; the runtime therefore compiles with goja's mapping turned off
// and maps here, where the arithmetic is exact and tested.
package srcmap

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/url"
	"path"
	"strings"

	"github.com/go-sourcemap/sourcemap"
)

// Position is a place in a file. Line and Column are 1-based.
type Position struct {
	File   string
	Line   int
	Column int
}

// Map translates positions of one bundle. A Map without a source map (and a nil *Map) maps
// nothing, so a bundle without one still gets bundle positions. A Map is safe for concurrent use.
type Map struct {
	bundle   string
	consumer *sourcemap.Consumer
	contents map[string][]string // resolved file -> its lines, from sourcesContent
}

const mapPrefix = "//# sourceMappingURL="

// FromBundle reads the inline source map at the end of code. bundle is the name the program was
// compiled under, relative to the app folder (for example "dist/server.js"); sources in the map
// are resolved against its folder so that mapped files come out relative to the app folder.
// When code has no inline map the Map maps nothing; an error means the map is present but
// cannot be read.
func FromBundle(bundle string, code []byte) (*Map, error) {
	comment := lastMapComment(code)
	if comment == "" {
		return &Map{bundle: bundle}, nil
	}
	ref := strings.TrimSpace(comment[len(mapPrefix):])
	if !strings.HasPrefix(ref, "data:") {
		// An external map would need a file loader; the studio's bundler always inlines.
		return &Map{bundle: bundle}, nil
	}
	data, err := decodeDataURL(ref)
	if err != nil {
		return nil, fmt.Errorf("read the inline source map of %s: %w", bundle, err)
	}
	c, err := sourcemap.Parse("", data)
	if err != nil {
		return nil, fmt.Errorf("parse the inline source map of %s: %w", bundle, err)
	}
	m := &Map{bundle: bundle, consumer: c}
	m.contents = m.readContents(data)
	return m, nil
}

// readContents indexes sourcesContent by resolved file name. A map without contents is fine:
// positions still map, only source lines are unavailable.
func (m *Map) readContents(data []byte) map[string][]string {
	var raw struct {
		SourceRoot     string    `json:"sourceRoot"`
		Sources        []string  `json:"sources"`
		SourcesContent []*string `json:"sourcesContent"`
	}
	if json.Unmarshal(data, &raw) != nil {
		return nil
	}
	contents := map[string][]string{}
	for i, source := range raw.Sources {
		if i >= len(raw.SourcesContent) || raw.SourcesContent[i] == nil {
			continue
		}
		if raw.SourceRoot != "" && !path.IsAbs(source) {
			source = path.Join(raw.SourceRoot, source)
		}
		contents[m.resolve(source)] = strings.Split(*raw.SourcesContent[i], "\n")
	}
	return contents
}

// lastMapComment returns the last non-empty line of code when it is a sourceMappingURL comment.
func lastMapComment(code []byte) string {
	code = bytes.TrimRight(code, " \t\r\n")
	i := bytes.LastIndexByte(code, '\n')
	line := string(bytes.TrimSpace(code[i+1:]))
	if strings.HasPrefix(line, mapPrefix) {
		return line
	}
	return ""
}

func decodeDataURL(ref string) ([]byte, error) {
	comma := strings.IndexByte(ref, ',')
	if comma < 0 {
		return nil, fmt.Errorf("data URL has no comma")
	}
	meta, payload := ref[len("data:"):comma], ref[comma+1:]
	if strings.HasSuffix(meta, ";base64") {
		return base64.StdEncoding.DecodeString(payload)
	}
	s, err := url.PathUnescape(payload)
	return []byte(s), err
}

// Bundle is the name the bundle was compiled under.
func (m *Map) Bundle() string {
	if m == nil {
		return ""
	}
	return m.bundle
}

// Lookup maps a 1-based line and column of the bundle to the app's source. ok is false when the
// bundle has no map or the position is in code the map does not cover (bundler helpers).
func (m *Map) Lookup(line, column int) (pos Position, ok bool) {
	if m == nil || m.consumer == nil || line < 1 || column < 1 {
		return Position{}, false
	}
	source, _, srcLine, srcCol, ok := m.consumer.Source(line, column-1)
	if !ok || source == "" {
		return Position{}, false
	}
	return Position{File: m.resolve(source), Line: srcLine, Column: srcCol + 1}, true
}

// resolve turns a source entry of the map into a path relative to the app folder.
func (m *Map) resolve(source string) string {
	source = strings.TrimPrefix(source, "file://")
	if path.IsAbs(source) {
		return source
	}
	return path.Clean(path.Join(path.Dir(m.bundle), source))
}

// SourceLine returns line (1-based) of file as embedded in the map's sourcesContent, or "" when
// the map does not carry the file's text.
func (m *Map) SourceLine(file string, line int) string {
	if m == nil || line < 1 {
		return ""
	}
	lines := m.contents[file]
	if line > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[line-1], "\r")
}

// FindLine returns the first line (1-based) of file, as carried in the map, for which match is
// true, and the 1-based column where its text starts; 0, 0 when none matches or the map does not
// carry the file. The runtime uses it to point at a declaration (an entry's `export default`)
// when the failure has no stack of its own.
func (m *Map) FindLine(file string, match func(line string) bool) (line, column int) {
	if m == nil {
		return 0, 0
	}
	for i, text := range m.contents[file] {
		if match(text) {
			return i + 1, len(text) - len(strings.TrimLeft(text, " \t")) + 1
		}
	}
	return 0, 0
}
