// Package diag is the one shape every error that reaches a user takes: a sentence, the place in
// the app's own sources it points at (file:line:col with the source line), and notes with the fix.
package diag

import (
	"fmt"
	"strings"
)

// Severity orders diagnostics: an error stops a build from being used, a warning does not.
type Severity string

// The severities a diagnostic can have.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Diagnostic is one message about the app. File is relative to the app's folder with forward
// slashes; Line and Column are 1-based and zero when unknown.
type Diagnostic struct {
	Severity Severity `json:"severity"`
	Text     string   `json:"text"`
	File     string   `json:"file"`
	Line     int      `json:"line"`
	Column   int      `json:"column"`
	LineText string   `json:"lineText,omitempty"`
	Notes    []Note   `json:"notes,omitempty"`
}

// Note adds a hint or a second location to a diagnostic.
type Note struct {
	Text   string `json:"text"`
	File   string `json:"file,omitempty"`
	Line   int    `json:"line,omitempty"`
	Column int    `json:"column,omitempty"`
}

// Errorf makes an error diagnostic with no location.
func Errorf(format string, args ...any) Diagnostic {
	return Diagnostic{Severity: Error, Text: fmt.Sprintf(format, args...)}
}

// At returns a copy of d pointing at file:line:col.
func (d Diagnostic) At(file string, line, column int) Diagnostic {
	d.File, d.Line, d.Column = file, line, column
	return d
}

// WithNote returns a copy of d with one more note.
func (d Diagnostic) WithNote(format string, args ...any) Diagnostic {
	d.Notes = append(append([]Note(nil), d.Notes...), Note{Text: fmt.Sprintf(format, args...)})
	return d
}

// Location renders "file:line:col", leaving out the parts that are unknown.
func (d Diagnostic) Location() string {
	switch {
	case d.File == "":
		return ""
	case d.Line == 0:
		return d.File
	case d.Column == 0:
		return fmt.Sprintf("%s:%d", d.File, d.Line)
	}
	return fmt.Sprintf("%s:%d:%d", d.File, d.Line, d.Column)
}

// String renders d the way a terminal shows it: location, severity and text, then the source
// line with a caret under the column, then the notes.
func (d Diagnostic) String() string {
	var b strings.Builder
	if loc := d.Location(); loc != "" {
		b.WriteString(loc + ": ")
	}
	fmt.Fprintf(&b, "%s: %s", d.Severity, d.Text)
	if d.LineText != "" {
		fmt.Fprintf(&b, "\n    %s", d.LineText)
		if d.Column > 0 {
			fmt.Fprintf(&b, "\n    %s^", caretPadding(d.LineText, d.Column-1))
		}
	}
	for _, n := range d.Notes {
		b.WriteString("\n  note: " + n.Text)
	}
	return b.String()
}

// Error lets a diagnostic travel as a Go error.
func (d Diagnostic) Error() string { return d.String() }

// caretPadding keeps tabs from the source line so the caret lines up under the column.
func caretPadding(line string, n int) string {
	var b strings.Builder
	for i, r := range line {
		if i >= n {
			break
		}
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// HasErrors reports whether any diagnostic in ds is an error.
func HasErrors(ds []Diagnostic) bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}
