package workspacetest

import (
	"encoding/json"
	"os"

	"attio-studio/backend/store"
	"attio-studio/backend/workspace"
)

// build writes a workspace with n people and n/10 companies to path, and their ids to
// path+".ids.json".
func build(path string, n int) error {
	st, err := store.Open(path)
	if err != nil {
		return err
	}
	defer st.Close()
	ws, err := workspace.Open(st, nil)
	if err != nil {
		return err
	}
	g, err := ws.Generate(n, workspace.System)
	if err != nil {
		return err
	}
	raw, err := json.Marshal(g)
	if err != nil {
		return err
	}
	return os.WriteFile(path+".ids.json", raw, 0o600)
}
