// Package jstest builds hand-written server bundles with exact inline source maps for the
// runtime's tests, so that tests need no bundler.
package jstest

import (
	"encoding/base64"
	"encoding/json"
	"strings"
)

// Bundle is a server bundle under construction. Lines added with From map column for column to
// a line of an original file; lines added with Raw are not mapped (like bundler helpers).
type Bundle struct {
	name    string
	lines   []line
	sources []string
	content map[string]map[int]string
}

type line struct {
	text    string
	source  int // index into sources, -1 when unmapped
	srcLine int // 1-based
}

// NewBundle starts a bundle; name is only recorded for the reader's benefit.
func NewBundle(name string) *Bundle {
	return &Bundle{name: name, content: map[string]map[int]string{}}
}

// Raw appends unmapped generated code (any number of lines).
func (b *Bundle) Raw(code string) *Bundle {
	for _, text := range strings.Split(code, "\n") {
		b.lines = append(b.lines, line{text: text, source: -1})
	}
	return b
}

// From appends one line of generated code that is line srcLine of file, column for column.
func (b *Bundle) From(file string, srcLine int, text string) *Bundle {
	idx := -1
	for i, s := range b.sources {
		if s == file {
			idx = i
		}
	}
	if idx < 0 {
		idx = len(b.sources)
		b.sources = append(b.sources, file)
		b.content[file] = map[int]string{}
	}
	b.content[file][srcLine] = text
	b.lines = append(b.lines, line{text: text, source: idx, srcLine: srcLine})
	return b
}

// Code returns the bundle text without a source map.
func (b *Bundle) Code() string {
	texts := make([]string, len(b.lines))
	for i, l := range b.lines {
		texts[i] = l.text
	}
	return strings.Join(texts, "\n") + "\n"
}

// Bytes returns the bundle with its inline source map comment appended. Sources are written
// relative to "dist/", the way esbuild writes them for an outfile in dist/.
func (b *Bundle) Bytes() []byte {
	sm := map[string]any{
		"version":        3,
		"sources":        b.relativeSources(),
		"sourcesContent": b.sourcesContent(),
		"names":          []string{},
		"mappings":       b.mappings(),
	}
	data, _ := json.Marshal(sm)
	return []byte(b.Code() + "//# sourceMappingURL=data:application/json;base64," +
		base64.StdEncoding.EncodeToString(data) + "\n")
}

func (b *Bundle) relativeSources() []string {
	out := make([]string, len(b.sources))
	for i, s := range b.sources {
		out[i] = "../" + s
	}
	return out
}

func (b *Bundle) sourcesContent() []string {
	out := make([]string, len(b.sources))
	for i, s := range b.sources {
		maxLine := 0
		for n := range b.content[s] {
			maxLine = max(maxLine, n)
		}
		lines := make([]string, maxLine)
		for n, text := range b.content[s] {
			lines[n-1] = text
		}
		out[i] = strings.Join(lines, "\n")
	}
	return out
}

// mappings writes one segment per column of every mapped line. Source index, line and column
// are deltas across the whole map; the generated column restarts at each line.
func (b *Bundle) mappings() string {
	var out strings.Builder
	prevSrc, prevLine, prevCol := 0, 0, 0
	for i, l := range b.lines {
		if i > 0 {
			out.WriteByte(';')
		}
		if l.source < 0 {
			continue
		}
		for col := range len(l.text) {
			if col > 0 {
				out.WriteByte(',')
			}
			genDelta := 0
			if col > 0 {
				genDelta = 1
			}
			out.WriteString(vlq(genDelta) + vlq(l.source-prevSrc) +
				vlq(l.srcLine-1-prevLine) + vlq(col-prevCol))
			prevSrc, prevLine, prevCol = l.source, l.srcLine-1, col
		}
	}
	return out.String()
}

const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func vlq(n int) string {
	v := n << 1
	if n < 0 {
		v = (-n << 1) | 1
	}
	var out strings.Builder
	for {
		digit := v & 31
		v >>= 5
		if v > 0 {
			digit |= 32
		}
		out.WriteByte(b64[digit])
		if v == 0 {
			return out.String()
		}
	}
}
