package studio

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"attio-studio/backend/diag"
	"attio-studio/backend/graphql"
	"attio-studio/backend/outbound"
	"attio-studio/backend/project"
	"attio-studio/backend/store"
	"attio-studio/backend/workspace"
)

// applyStudioFile adds the attributes the app's studio file expects, on every open and build.
func (s *Session) applyStudioFile(p *project.Project) error {
	if p.Studio == nil {
		return nil
	}
	for object, specs := range p.Studio.Attributes {
		for _, a := range specs {
			spec := workspace.AttributeSpec{Slug: a.Slug, Title: a.Title,
				Type: workspace.AttributeType(a.Type), IsMultiselect: a.Multiselect, Options: a.Options}
			if _, err := s.workspace.EnsureAttribute(object, spec); err != nil {
				return fmt.Errorf("%s: attribute %s.%s: %w", project.StudioFileName, object, a.Slug, err)
			}
		}
	}
	return nil
}

// seedConnections adds the studio file's connections the first time this data file has a good
// build of the app, running connection-added as a user adding them would, so what the app sets
// up then (webhook handlers, say) exists from the first start. They are added once: a
// connection the user removes stays removed.
func (s *Session) seedConnections() {
	p := s.Project()
	if p.Studio == nil || len(p.Studio.Connections) == 0 || s.running() == nil {
		return
	}
	var seeded bool
	if err := s.store.View(func(tx *store.Tx) error {
		_, err := tx.Get(metaBucket, "connections_seeded", &seeded)
		return err
	}); err != nil || seeded {
		return
	}
	for _, c := range p.Studio.Connections {
		spec := ConnectionSpec{Kind: c.Kind, Key: c.Key, Value: c.Value}
		if _, err := s.AddConnection(s.context(), spec); err != nil {
			s.logger.Warn("could not add the studio file's connection", "kind", c.Kind, "err", err)
		}
	}
	err := s.store.Update(func(tx *store.Tx) error {
		return tx.Put(metaBucket, "connections_seeded", true)
	})
	if err != nil {
		s.logger.Error("could not remember that the connections were added", "err", err)
	}
}

// mockRules reads the app's mock rules, reporting a bad rule as a diagnostic of the project.
func (s *Session) mockRules(p *project.Project) []outbound.Rule {
	if p.Studio == nil || len(p.Studio.Mocks) == 0 {
		return nil
	}
	rules, err := outbound.ParseRules(p.Studio.Mocks)
	if err != nil {
		p.Diagnostics = append(p.Diagnostics, diag.Errorf("%s: mocks: %v", project.StudioFileName, err).
			At(project.StudioFileName, 0, 0))
		return nil
	}
	return rules
}

// mockRulesDiagnostics checks the studio file's mock rules at build time, so that a bad rule
// fails the build at the "mocks" key instead of being dropped when the build is applied.
func mockRulesDiagnostics(p *project.Project) []diag.Diagnostic {
	if p.Studio == nil || len(p.Studio.Mocks) == 0 {
		return nil
	}
	if _, err := outbound.ParseRules(p.Studio.Mocks); err != nil {
		d := diag.Errorf("%s: mocks: %v", project.StudioFileName, err)
		raw, _ := os.ReadFile(filepath.Join(p.Dir, project.StudioFileName))
		if i := bytes.Index(raw, []byte(`"mocks"`)); i >= 0 {
			start := bytes.LastIndexByte(raw[:i], '\n') + 1
			line, _, _ := bytes.Cut(raw[start:], []byte("\n"))
			d = d.At(project.StudioFileName, bytes.Count(raw[:i], []byte("\n"))+1, i-start+1)
			d.LineText = string(line)
		}
		return []diag.Diagnostic{d}
	}
	return nil
}

// refreshMocks applies the mock rules and attributes of a newly built project.
func (s *Session) refreshMocks(p *project.Project) {
	s.outbound.SetRules(s.mockRules(p))
	if err := s.applyStudioFile(p); err != nil {
		s.logger.Warn("could not apply the studio file", "err", err)
	}
}

// validateGraphQL checks a .graphql document of the app at bundle time.
func validateGraphQL(text string) []diag.Diagnostic { return graphql.ValidateDocument(text) }
