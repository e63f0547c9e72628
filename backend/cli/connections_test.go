package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestConnectionsVerbRunsTheEvents(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "app")
	if err := os.CopyFS(dir, os.DirFS(example)); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(t.TempDir(), "data.db")
	list := func() []map[string]any {
		out, stderr, code := run(t, "connections", "list", "--json", "--data", data, dir)
		if code != 0 {
			t.Fatalf("list: exit %d %s", code, stderr)
		}
		var conns []map[string]any
		if err := json.Unmarshal([]byte(out), &conns); err != nil {
			t.Fatalf("list output is not JSON: %v\n%s", err, out)
		}
		return conns
	}
	if conns := list(); len(conns) != 1 || conns[0]["kind"] != "workspace" {
		t.Fatalf("seeded connections %v", conns)
	}
	if _, stderr, code := run(t, "connections", "remove", "--data", data, dir); code != 0 {
		t.Fatalf("remove: exit %d %s", code, stderr)
	}
	if conns := list(); len(conns) != 0 {
		t.Fatalf("after remove %v", conns)
	}
	out, stderr, code := run(t, "connections", "add", "--json", "--value", "alc_live_2", "--data", data, dir)
	if code != 0 || !strings.Contains(out, `"value": "alc_live_2"`) {
		t.Fatalf("add: exit %d %s %s", code, out, stderr)
	}
	if conns := list(); len(conns) != 1 || conns[0]["value"] != "alc_live_2" {
		t.Errorf("after add %v", conns)
	}
	_, stderr, code = run(t, "connections", "add", "--data", data, dir)
	if code != 1 || !strings.Contains(stderr, "needs a value") {
		t.Errorf("add without a value: exit %d %s", code, stderr)
	}
}
