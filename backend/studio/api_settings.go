package studio

import (
	"context"
	"encoding/json"

	"attio-studio/backend/appsettings"
)

// EventSettingsChanged carries a workspace setting that the settings page or server code
// changed: {key, value}, value null when it was cleared.
const EventSettingsChanged = "settings-changed"

// SettingChange is the data of an EventSettingsChanged event.
type SettingChange struct {
	Key   string          `json:"key"`
	Value json.RawMessage `json:"value"`
}

// WorkspaceSettings returns the app's workspace settings: every key of its settings schema
// (null when unset) or, without a schema, every key that has a value.
func (a *API) WorkspaceSettings() (map[string]json.RawMessage, error) {
	return a.session.WorkspaceSettings()
}

// SetWorkspaceSetting saves one workspace setting (null clears it), checked against the app's
// settings schema; server code reads it with experimental_getWorkspaceSetting.
func (a *API) SetWorkspaceSetting(key string, value json.RawMessage) error {
	return a.session.SetWorkspaceSetting(key, value)
}

// WorkspaceSettings returns the app's workspace settings (see API.WorkspaceSettings).
func (s *Session) WorkspaceSettings() (map[string]json.RawMessage, error) {
	return s.workspaceSettings().All(s.context())
}

// SetWorkspaceSetting saves one workspace setting and publishes EventSettingsChanged.
func (s *Session) SetWorkspaceSetting(key string, value json.RawMessage) error {
	return s.workspaceSettings().Set(s.context(), key, value)
}

// workspaceSettings is the one door to the app's settings values, for the page and for server
// code alike, so both are checked against the same schema and both changes reach the page.
func (s *Session) workspaceSettings() settingsService { return settingsService{s} }

// settingsService checks values against the schema of the app's current build, which a save
// of app.settings.ts changes while server code keeps running.
type settingsService struct{ s *Session }

func (x settingsService) store() *appsettings.Store {
	return appsettings.New(x.s.store, x.s.settingsSchema())
}

func (x settingsService) Get(ctx context.Context, key string) (json.RawMessage, error) {
	return x.store().Get(ctx, key)
}

func (x settingsService) All(ctx context.Context) (map[string]json.RawMessage, error) {
	return x.store().All(ctx)
}

func (x settingsService) Set(ctx context.Context, key string, value json.RawMessage) error {
	if len(value) == 0 {
		value = json.RawMessage("null")
	}
	if err := x.store().Set(ctx, key, value); err != nil {
		return err
	}
	x.s.events.publish(Event{Name: EventSettingsChanged,
		Data: SettingChange{Key: key, Value: append(json.RawMessage(nil), value...)}})
	return nil
}

// settingsSchema is the settings schema of the current build, nil when the app declares none
// (then any key is accepted).
func (s *Session) settingsSchema() appsettings.Schema {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.current == nil || s.current.surfaces.SettingsSchema == nil {
		return nil
	}
	schema := appsettings.Schema{}
	for key, typ := range s.current.surfaces.SettingsSchema {
		schema[key] = appsettings.Type(typ)
	}
	return schema
}
