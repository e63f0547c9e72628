package project

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"attio-studio/backend/diag"
)

// jsonDiagnostic turns a decoding error of file's contents into a diagnostic at the place the
// decoder stopped.
func jsonDiagnostic(file string, data []byte, err error) diag.Diagnostic {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	offset := -1
	text := err.Error()
	switch {
	case errors.As(err, &syntax):
		offset = int(syntax.Offset) - 1
		text = fmt.Sprintf("%s is not valid JSON: %s", file, syntax.Error())
	case errors.As(err, &typ):
		offset = int(typ.Offset) - 1
		text = fmt.Sprintf("%s: %q should be %s, not %s", file, typ.Field, article(typ.Type.Kind().String()), typ.Value)
	case strings.HasPrefix(text, "json: unknown field "):
		field := strings.Trim(strings.TrimPrefix(text, "json: unknown field "), `"`)
		offset = fieldOffset(data, field)
		text = fmt.Sprintf("%s has an unknown field %q", file, field)
	default:
		text = fmt.Sprintf("%s: %s", file, text)
	}
	line, col := position(data, offset)
	return diag.Diagnostic{Severity: diag.Error, Text: text, File: file, Line: line, Column: col,
		LineText: lineText(data, line)}
}

func article(kind string) string {
	switch kind {
	case "slice":
		return "a list"
	case "map", "struct":
		return "an object"
	case "int", "int64", "float64":
		return "a number"
	case "bool":
		return "true or false"
	}
	return "a " + kind
}

// fieldOffset finds the byte offset of the first `"field":` key in data, or -1.
func fieldOffset(data []byte, field string) int {
	key := []byte(`"` + field + `"`)
	for i := 0; ; {
		j := bytes.Index(data[i:], key)
		if j < 0 {
			return -1
		}
		rest := bytes.TrimLeft(data[i+j+len(key):], " \t\r\n")
		if len(rest) > 0 && rest[0] == ':' {
			return i + j
		}
		i += j + len(key)
	}
}

// position converts a byte offset to a 1-based line and column; offset -1 gives 0, 0.
func position(data []byte, offset int) (line, col int) {
	if offset < 0 {
		return 0, 0
	}
	if offset > len(data) {
		offset = len(data)
	}
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = offset - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}

func lineText(data []byte, line int) string {
	if line <= 0 {
		return ""
	}
	lines := bytes.Split(data, []byte("\n"))
	if line > len(lines) {
		return ""
	}
	return strings.TrimRight(string(lines[line-1]), "\r")
}
