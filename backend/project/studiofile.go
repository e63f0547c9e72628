package project

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"attio-studio/backend/diag"
)

// StudioFile is the studio's own file an app may carry (attio-studio.json): what the app expects
// of the mock workspace, the connections to start with, and mock answers for the hosts its
// server code calls. It lets an app work offline from the first start.
type StudioFile struct {
	// Attributes the app expects, by object slug, added to the workspace when missing.
	Attributes map[string][]AttributeSpec `json:"attributes,omitempty"`
	// Connections present when the workspace is first created.
	Connections []ConnectionSpec `json:"connections,omitempty"`
	// Mocks are the outbound mock rules, decoded by the outbound package.
	Mocks json.RawMessage `json:"mocks,omitempty"`
}

// AttributeSpec describes one attribute the app expects.
type AttributeSpec struct {
	Slug        string   `json:"slug"`
	Title       string   `json:"title,omitempty"`
	Type        string   `json:"type"`
	Multiselect bool     `json:"multiselect,omitempty"`
	Options     []string `json:"options,omitempty"`
}

// ConnectionSpec is a connection to create with the workspace. Kind is "workspace" or "user".
type ConnectionSpec struct {
	Kind  string `json:"kind"`
	Key   string `json:"key,omitempty"`
	Value string `json:"value"`
}

func (p *Project) readStudioFile() {
	raw, err := os.ReadFile(filepath.Join(p.Dir, StudioFileName))
	if errors.Is(err, os.ErrNotExist) {
		return
	}
	if err != nil {
		p.addDiagnostic(diag.Errorf("Could not read %s: %v", StudioFileName, err).At(StudioFileName, 0, 0))
		return
	}
	sf, d := ParseStudioFile(raw)
	p.Diagnostics = append(p.Diagnostics, d...)
	if !diag.HasErrors(d) {
		p.Studio = sf
	}
}

// ParseStudioFile decodes a studio file, reporting problems with their line and column.
func ParseStudioFile(raw []byte) (*StudioFile, []diag.Diagnostic) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var sf StudioFile
	if err := dec.Decode(&sf); err != nil {
		return nil, []diag.Diagnostic{jsonDiagnostic(StudioFileName, raw, err)}
	}
	var ds []diag.Diagnostic
	problem := func(field, format string, args ...any) {
		line, col := position(raw, fieldOffset(raw, field))
		ds = append(ds, diag.Diagnostic{Severity: diag.Error, File: StudioFileName, Line: line,
			Column: col, Text: fmt.Sprintf(format, args...), LineText: lineText(raw, line)})
	}
	for object, specs := range sf.Attributes {
		for i, a := range specs {
			if a.Slug == "" || a.Type == "" {
				problem(object, "attributes.%s[%d] needs a \"slug\" and a \"type\"", object, i)
			}
		}
	}
	for i, c := range sf.Connections {
		if c.Kind != "workspace" && c.Kind != "user" {
			problem("connections", "connections[%d].kind is %q; it must be \"workspace\" or \"user\"", i, c.Kind)
		}
	}
	return &sf, ds
}
