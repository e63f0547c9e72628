package project

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"

	"attio-studio/backend/diag"
)

// readPackageJSON takes the app's name (its slug, as Attio's CLI does) from package.json.
func (p *Project) readPackageJSON() {
	raw, err := os.ReadFile(filepath.Join(p.Dir, "package.json"))
	if errors.Is(err, os.ErrNotExist) {
		p.addDiagnostic(diag.Diagnostic{Severity: diag.Warning, Text: "The app has no package.json",
			File: "package.json"}.WithNote("Attio's CLI reads the app's slug from its \"name\"; "+
			"the studio uses the folder name %q instead.", p.Name))
		return
	}
	if err != nil {
		p.addDiagnostic(diag.Errorf("Could not read package.json: %v", err).At("package.json", 0, 0))
		return
	}
	var pkg struct {
		Name json.RawMessage `json:"name"`
	}
	if err := json.Unmarshal(raw, &pkg); err != nil {
		p.addDiagnostic(jsonDiagnostic("package.json", raw, err))
		return
	}
	var name string
	if len(pkg.Name) == 0 || json.Unmarshal(pkg.Name, &name) != nil || name == "" {
		// Point at the "name" key, or at the object that lacks one.
		offset := fieldOffset(raw, "name")
		if offset < 0 {
			offset = bytes.IndexByte(raw, '{')
		}
		line, col := position(raw, offset)
		d := diag.Errorf("package.json has no \"name\" string").At("package.json", line, col).
			WithNote("Attio's CLI uses it as the app's slug, e.g. \"name\": \"my-app\".")
		d.LineText = lineText(raw, line)
		p.addDiagnostic(d)
		return
	}
	p.Name = name
}
