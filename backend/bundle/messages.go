package bundle

import (
	"strings"

	"github.com/evanw/esbuild/pkg/api"

	"attio-studio/backend/diag"
)

// messages turns esbuild's messages into diagnostics pointing at the app's files.
func messages(msgs []api.Message, severity diag.Severity) []diag.Diagnostic {
	var ds []diag.Diagnostic
	for _, m := range msgs {
		d := diag.Diagnostic{Severity: severity, Text: m.Text}
		if loc := m.Location; loc != nil && !isVirtual(loc.File) {
			d.File, d.Line, d.Column, d.LineText = loc.File, loc.Line, loc.Column+1, loc.LineText
		}
		for _, n := range m.Notes {
			note := diag.Note{Text: n.Text}
			if loc := n.Location; loc != nil && !isVirtual(loc.File) {
				note.File, note.Line, note.Column = loc.File, loc.Line, loc.Column+1
			}
			d.Notes = append(d.Notes, note)
		}
		ds = append(ds, d)
	}
	return ds
}

// isVirtual reports whether file is one the studio generated rather than one of the app's.
func isVirtual(file string) bool {
	return file == entryName || strings.HasPrefix(file, namespace+":")
}
