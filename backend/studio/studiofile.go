package studio

import (
	"fmt"

	"attio-studio/backend/diag"
	"attio-studio/backend/graphql"
	"attio-studio/backend/outbound"
	"attio-studio/backend/project"
	"attio-studio/backend/store"
	"attio-studio/backend/workspace"
)

// applyStudioFile makes the workspace what the app's studio file expects: its attributes on
// every open, its connections only the first time this data file sees the app (so a connection
// the user removed stays removed).
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
	var seeded bool
	if err := s.store.View(func(tx *store.Tx) error {
		_, err := tx.Get(metaBucket, "connections_seeded", &seeded)
		return err
	}); err != nil || seeded {
		return err
	}
	for _, c := range p.Studio.Connections {
		conn := workspace.Connection{Kind: c.Kind, Key: c.Key, Value: c.Value}
		if _, err := s.workspace.AddConnection(conn); err != nil {
			return fmt.Errorf("%s: connection: %w", project.StudioFileName, err)
		}
	}
	return s.store.Update(func(tx *store.Tx) error {
		return tx.Put(metaBucket, "connections_seeded", true)
	})
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

// refreshMocks applies the mock rules and attributes of a newly built project.
func (s *Session) refreshMocks(p *project.Project) {
	s.outbound.SetRules(s.mockRules(p))
	if err := s.applyStudioFile(p); err != nil {
		s.logger.Warn("could not apply the studio file", "err", err)
	}
}

// validateGraphQL checks a .graphql document of the app at bundle time.
func validateGraphQL(text string) []diag.Diagnostic { return graphql.ValidateDocument(text) }
