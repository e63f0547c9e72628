package studio

import (
	"path/filepath"

	"attio-studio/backend/outbound"
	"attio-studio/backend/project"
	"attio-studio/backend/store"
)

// OutboundSettings are how the studio answers the app's outbound requests: the mode and the
// faults injected per host. They are kept in the data file, so they survive a restart.
type OutboundSettings struct {
	Mode   outbound.Mode             `json:"mode"`
	Faults map[string]outbound.Fault `json:"faults"`
}

// newOutbound makes the outbound client with the saved mode and faults. Callbacks go to the
// webhook server, which starts after it.
func (s *Session) newOutbound() error {
	var saved OutboundSettings
	if err := s.store.View(func(tx *store.Tx) error {
		_, err := tx.Get(metaBucket, "outbound", &saved)
		return err
	}); err != nil {
		return err
	}
	s.outbound = outbound.New(outbound.Options{
		Rules:    s.mockRules(s.project),
		Mode:     saved.Mode,
		Faults:   saved.Faults,
		AttioAPI: s.attioAPI,
		Deliver:  s.deliverCallback,
		Recorded: func(outbound.Rule) { s.saveMockRules(s.outbound.Rules()) },
		Logger:   s.logger,
	})
	return nil
}

// MockRules lists the rules answering the app's outbound requests now.
func (s *Session) MockRules() []outbound.Rule {
	rules := s.outbound.Rules()
	if rules == nil {
		rules = []outbound.Rule{}
	}
	return rules
}

// SaveMockRules replaces the mock rules and writes them to the app's studio file, where they
// travel with the app. The other keys of the file are kept.
func (s *Session) SaveMockRules(rules []outbound.Rule) error {
	if err := outbound.ValidateRules(rules); err != nil {
		return err
	}
	if err := s.saveMockRules(rules); err != nil {
		return err
	}
	s.outbound.SetRules(rules)
	return nil
}

func (s *Session) saveMockRules(rules []outbound.Rule) error {
	path := filepath.Join(s.opts.Dir, project.StudioFileName)
	if err := outbound.SaveRules(path, rules); err != nil {
		s.logger.Error("could not save the mock rules", "file", path, "err", err)
		return err
	}
	return nil
}

// Outbound returns the outbound mode and faults.
func (s *Session) Outbound() OutboundSettings {
	return OutboundSettings{Mode: s.outbound.Mode(), Faults: s.outbound.Faults()}
}

// SetOutbound changes the outbound mode and faults and keeps them for later sessions.
func (s *Session) SetOutbound(o OutboundSettings) error {
	if err := s.outbound.SetFaults(o.Faults); err != nil {
		return err
	}
	if err := s.outbound.SetMode(o.Mode); err != nil {
		return err
	}
	return s.store.Update(func(tx *store.Tx) error {
		return tx.Put(metaBucket, "outbound", s.Outbound())
	})
}
