package bundle

import (
	"fmt"
	"regexp"
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
			if strings.HasPrefix(n.Text, "The plugin ") && strings.HasSuffix(n.Text, "triggered by this import") {
				note.Text = "Imported here" // the plugin is the studio's, not the app's
			}
			if loc := n.Location; loc != nil && !isVirtual(loc.File) {
				note.File, note.Line, note.Column = loc.File, loc.Line, loc.Column+1
			}
			d.Notes = append(d.Notes, note)
		}
		ds = append(ds, explainJSXInTS(d))
	}
	return ds
}

// jsxTag finds a closing tag such as </TextBlock> or a self-closing element such as <Divider />
// in a line of code: an opening tag alone could be a TypeScript type assertion.
var jsxTag = regexp.MustCompile(`</[A-Za-z][\w.]*>|<[A-Za-z][\w.]*(\s[^<>]*)?/>`)

// explainJSXInTS replaces the puzzling error esbuild gives for JSX in a .ts file (it reads the
// tag as a type assertion or a regular expression) with the rule the app broke.
func explainJSXInTS(d diag.Diagnostic) diag.Diagnostic {
	if d.Severity != diag.Error || !strings.HasSuffix(d.File, ".ts") || !jsxTag.MatchString(d.LineText) {
		return d
	}
	note := diag.Note{Text: "esbuild read it as TypeScript and said: " + d.Text}
	d.Text = "JSX can only be used in a .tsx file"
	d.Notes = append([]diag.Note{{Text: fmt.Sprintf("Rename %s to %sx.", d.File, d.File)}, note},
		d.Notes...)
	return d
}

// isVirtual reports whether file is one the studio generated rather than one of the app's.
func isVirtual(file string) bool {
	return file == entryName || strings.HasPrefix(file, namespace+":")
}
