package webhooks

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/google/uuid"

	"attio-studio/backend/store"
)

const templatesBucket = "webhook_templates"

// ErrTemplateNotFound means no saved template has the id.
var ErrTemplateNotFound = errors.New("webhook request template not found")

// Template is a composed request saved under a name, to send again later.
type Template struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Target is what Send takes: a handler id, a handler URL, or a handler file name. A file
	// name keeps working when the app registers its handler again under a new id.
	Target    string    `json:"target"`
	Request   Request   `json:"request"`
	UpdatedAt time.Time `json:"updatedAt"`
}

// SaveTemplate creates t (when its ID is empty) or replaces the template with its ID, and
// returns it as saved.
func (s *Server) SaveTemplate(t Template) (Template, error) {
	t.Name = strings.TrimSpace(t.Name)
	if t.Name == "" {
		return Template{}, errors.New("the template needs a name")
	}
	if err := t.Request.Validate(); err != nil {
		return Template{}, fmt.Errorf("template %q: %w", t.Name, err)
	}
	if t.ID == "" {
		t.ID = uuid.NewString()
	}
	t.UpdatedAt = time.Now().UTC()
	err := s.handlers.store.Update(func(tx *store.Tx) error {
		return tx.Put(templatesBucket, t.ID, t)
	})
	if err != nil {
		return Template{}, fmt.Errorf("save template %q: %w", t.Name, err)
	}
	return t, nil
}

// Templates returns every saved template, by name.
func (s *Server) Templates() ([]Template, error) {
	list := []Template{}
	err := s.handlers.store.View(func(tx *store.Tx) error {
		return tx.ForEach(templatesBucket, func(_ string, raw []byte) error {
			var t Template
			if err := json.Unmarshal(raw, &t); err != nil {
				return fmt.Errorf("decode a webhook request template: %w", err)
			}
			list = append(list, t)
			return nil
		})
	})
	sort.Slice(list, func(i, j int) bool {
		if list[i].Name != list[j].Name {
			return list[i].Name < list[j].Name
		}
		return list[i].ID < list[j].ID
	})
	return list, err
}

// DeleteTemplate removes the template id, or returns an error wrapping ErrTemplateNotFound.
func (s *Server) DeleteTemplate(id string) error {
	return s.handlers.store.Update(func(tx *store.Tx) error {
		if tx.GetRaw(templatesBucket, id) == nil {
			return fmt.Errorf("%q: %w", id, ErrTemplateNotFound)
		}
		return tx.Delete(templatesBucket, id)
	})
}
