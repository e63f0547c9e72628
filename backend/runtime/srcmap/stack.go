package srcmap

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// Frame is one stack frame after mapping. Mapped says File/Line/Column are in the app's sources;
// otherwise they are bundle positions (bundler helpers) or, for Native frames, empty.
type Frame struct {
	Func   string
	File   string
	Line   int
	Column int
	Mapped bool
	Native bool
}

// String renders the frame the way V8 does: "fn (file:line:col)" or "file:line:col".
func (f Frame) String() string {
	loc := "native"
	if !f.Native {
		loc = f.File + ":" + strconv.Itoa(f.Line) + ":" + strconv.Itoa(f.Column)
	}
	if f.Func == "" {
		return loc
	}
	return f.Func + " (" + loc + ")"
}

// Frames maps the frames of a goja exception or interruption, leaving out the runtime's own
// frames (see ParseStack).
func (m *Map) Frames(stack []goja.StackFrame) []Frame {
	frames := make([]Frame, 0, len(stack))
	for i := range stack {
		sf := &stack[i]
		pos := sf.Position()
		f := Frame{Func: sf.FuncName(), File: pos.Filename, Line: pos.Line, Column: pos.Column}
		if f.Func == "<anonymous>" {
			f.Func = ""
		}
		switch {
		case sf.SrcName() == "<native>":
			f.Native, f.File = true, ""
		case f.File == "":
			f.File = "<eval>" // what goja writes in stack strings for unnamed code
		}
		if !m.isHost(f) {
			frames = append(frames, m.mapFrame(f))
		}
	}
	return frames
}

// isHost reports frames the user did not write and cannot act on: the runtime's own JavaScript
// (the SDK, fetch), and Go host functions, which goja names by their Go path.
func (m *Map) isHost(f Frame) bool {
	if f.Native {
		return strings.Contains(f.Func, "/")
	}
	return m != nil && f.File != m.bundle
}

// ParseStack splits a goja Error.stack string into its header ("Error: message", possibly on
// several lines) and its mapped frames, without the runtime's own frames. goja writes frames as
// "\tat fn (file:line:col(pc))".
func (m *Map) ParseStack(stack string) (header string, frames []Frame) {
	lines := strings.Split(strings.TrimRight(stack, "\n"), "\n")
	var head []string
	for _, line := range lines {
		f, ok := parseFrame(line)
		if !ok {
			if len(frames) == 0 {
				head = append(head, line)
			}
			continue
		}
		if !m.isHost(f) {
			frames = append(frames, m.mapFrame(f))
		}
	}
	return strings.Join(head, "\n"), frames
}

// RewriteStack maps every frame of a goja stack string and renders it V8-style, so that what the
// user reads names the app's files.
func (m *Map) RewriteStack(stack string) string {
	header, frames := m.ParseStack(stack)
	return FormatStack(header, frames)
}

// FormatStack renders header and frames as "header\n    at frame\n    at frame".
func FormatStack(header string, frames []Frame) string {
	var b strings.Builder
	b.WriteString(header)
	for _, f := range frames {
		b.WriteString("\n    at ")
		b.WriteString(f.String())
	}
	return b.String()
}

// AppFrame returns the frame a user should look at: the first mapped frame outside
// node_modules, else the first mapped frame. ok is false when no frame maps to a source.
func AppFrame(frames []Frame) (Frame, bool) {
	var first *Frame
	for i := range frames {
		f := &frames[i]
		if !f.Mapped {
			continue
		}
		if !strings.Contains(f.File, "node_modules/") {
			return *f, true
		}
		if first == nil {
			first = f
		}
	}
	if first != nil {
		return *first, true
	}
	return Frame{}, false
}

func (m *Map) mapFrame(f Frame) Frame {
	if f.Native || m == nil || f.File != m.bundle {
		return f
	}
	if pos, ok := m.Lookup(f.Line, f.Column); ok {
		f.File, f.Line, f.Column, f.Mapped = pos.File, pos.Line, pos.Column, true
	}
	return f
}

// parseFrame reads one goja frame line: "\tat fn (file:1:2(3))", "\tat file:1:2(3)",
// "\tat fn (native)" or "\tat native".
func parseFrame(line string) (Frame, bool) {
	rest, ok := strings.CutPrefix(strings.TrimLeft(line, " \t"), "at ")
	if !ok {
		return Frame{}, false
	}
	var f Frame
	if open := strings.Index(rest, " ("); open >= 0 && strings.HasSuffix(rest, ")") {
		f.Func, rest = rest[:open], rest[open+2:len(rest)-1]
	}
	if rest == "native" {
		f.Native = true
		return f, true
	}
	if pc := strings.LastIndexByte(rest, '('); pc >= 0 && strings.HasSuffix(rest, ")") {
		rest = rest[:pc]
	}
	colAt := strings.LastIndexByte(rest, ':')
	if colAt < 0 {
		return Frame{}, false
	}
	lineAt := strings.LastIndexByte(rest[:colAt], ':')
	if lineAt < 0 {
		return Frame{}, false
	}
	l, err1 := strconv.Atoi(rest[lineAt+1 : colAt])
	c, err2 := strconv.Atoi(rest[colAt+1:])
	if err1 != nil || err2 != nil {
		return Frame{}, false
	}
	f.File, f.Line, f.Column = rest[:lineAt], l, c
	return f, true
}
