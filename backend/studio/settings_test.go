package studio

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"

	"attio-studio/backend/appsettings"
)

// settingsApp declares a Gen 2 settings schema and server functions that read and write it.
var settingsApp = map[string]string{
	"package.json": `{"name": "settings-demo"}`,
	"src/app.ts":   `export const app = {}`,
	"src/app.settings.ts": `import {Settings} from "attio"
export default {workspace: {apiUrl: Settings.string(), limit: Settings.number()}}
`,
	"src/read-setting.server.ts": `import {experimental_getWorkspaceSetting} from "attio/server"
export default async function (key: string) { return await experimental_getWorkspaceSetting(key) }
`,
	"src/write-setting.server.ts": `import {experimental_setWorkspaceSetting} from "attio/server"
export default async function (key: string, value: unknown) {
  await experimental_setWorkspaceSetting(key, value)
}
`,
}

// What the settings page saves is what server code reads, and what server code saves reaches
// the page as an event; both are checked against the app's schema.
func TestWorkspaceSettingsAreSharedWithServerCode(t *testing.T) {
	s := openCorpusApp(t, settingsApp)
	api := NewAPI(s)
	var mu sync.Mutex
	var changes []string
	s.Subscribe(func(e Event) {
		if e.Name == EventSettingsChanged {
			c := e.Data.(SettingChange)
			mu.Lock()
			changes = append(changes, c.Key+"="+string(c.Value))
			mu.Unlock()
		}
	})

	all, err := api.WorkspaceSettings()
	if err != nil || string(all["apiUrl"]) != "null" || string(all["limit"]) != "null" ||
		len(all) != 2 {
		t.Fatalf("settings before any save: %s, %v", all, err)
	}
	if err := api.SetWorkspaceSetting("apiUrl", json.RawMessage(`"https://x.test"`)); err != nil {
		t.Fatal(err)
	}
	if got := callRecord(t, s, "read-setting.server", `"apiUrl"`); string(got.Result) !=
		`"https://x.test"` {
		t.Errorf("server code read %s (error %v)", got.Result, got.Error)
	}

	if got := callRecord(t, s, "write-setting.server", `"limit"`, `25`); got.Error != nil {
		t.Fatalf("server write failed: %v", got.Error)
	}
	all, _ = api.WorkspaceSettings()
	if string(all["limit"]) != "25" {
		t.Errorf("the page reads limit %s after server code set 25", all["limit"])
	}

	err = api.SetWorkspaceSetting("limit", json.RawMessage(`"many"`))
	if !errors.Is(err, appsettings.ErrWrongType) ||
		!strings.Contains(err.Error(), `workspace setting "limit" is a number`) {
		t.Errorf("a string for a number setting gave %v", err)
	}
	err = api.SetWorkspaceSetting("colour", json.RawMessage(`"red"`))
	if !errors.Is(err, appsettings.ErrUnknownSetting) ||
		!strings.Contains(err.Error(), "it has apiUrl, limit") {
		t.Errorf("an unknown key gave %v", err)
	}
	got := callRecord(t, s, "write-setting.server", `"colour"`, `"red"`)
	if got.Error == nil || !strings.Contains(got.Error.Message, `no workspace setting "colour"`) {
		t.Errorf("server code setting an unknown key gave %+v", got.Error)
	}

	mu.Lock()
	defer mu.Unlock()
	if strings.Join(changes, " ") != `apiUrl="https://x.test" limit=25` {
		t.Errorf("settings-changed events: %q", changes)
	}
}

// Without a schema any key is accepted, and a new schema applies from the next build on.
func TestWorkspaceSettingsWithoutSchema(t *testing.T) {
	files := map[string]string{}
	for k, v := range settingsApp {
		if k != "src/app.settings.ts" {
			files[k] = v
		}
	}
	s := openCorpusApp(t, files)
	if s.Manifest().SettingsSchema != nil {
		t.Fatalf("schema %v for an app without one", s.Manifest().SettingsSchema)
	}
	if err := s.SetWorkspaceSetting("anything", json.RawMessage(`true`)); err != nil {
		t.Fatal(err)
	}
	v, err := s.workspaceSettings().Get(context.Background(), "anything")
	if err != nil || string(v) != "true" {
		t.Errorf("read back %s, %v", v, err)
	}
}
