package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attio-studio/backend/project/projecttest"
	"attio-studio/backend/workspace"
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

// keyedApp refuses any secret that is not an API key and lets every removal through.
var keyedApp = map[string]string{
	"package.json": `{"name": "keyed"}`,
	"src/events/connection-added.event.ts": "export default async function ({connection}) {\n" +
		"  if (!connection.value.startsWith(\"sk_\")) throw new Error(\"That is not an API key\")\n" +
		"}\n",
	"src/events/connection-removed.event.ts": "export default async function () {}\n",
}

func TestConnectionsVerbWithKeysAndUsers(t *testing.T) {
	dir := projecttest.WriteApp(t, keyedApp)
	data := filepath.Join(t.TempDir(), "data.db")
	cli := func(args ...string) (string, string, int) {
		return run(t, append(append([]string{"connections"}, args...), "--data", data, dir)...)
	}
	type conn struct{ ID, Kind, Key, Value, OwnedBy string }
	list := func() []conn {
		out, stderr, code := cli("list", "--json")
		var conns []conn
		if code != 0 || json.Unmarshal([]byte(out), &conns) != nil {
			t.Fatalf("list: exit %d %s\n%s", code, stderr, out)
		}
		return conns
	}

	// A throwing connection-added fails the command and saves nothing.
	_, stderr, code := cli("add", "--key", "billing", "--value", "plain")
	if code != 1 || !strings.Contains(stderr, "That is not an API key") {
		t.Errorf("a refused add: exit %d %q", code, stderr)
	}
	if conns := list(); len(conns) != 0 {
		t.Fatalf("a refused connection was saved: %+v", conns)
	}

	for _, args := range [][]string{
		{"add", "--key", "billing", "--value", "sk_billing"},
		{"add", "--key", "crm", "--value", "sk_crm"},
		{"add", "--user", "--key", "crm", "--value", "sk_mine"},
	} {
		if out, stderr, code := cli(args...); code != 0 || !strings.Contains(out, "sk_") {
			t.Fatalf("%v: exit %d %s %s", args, code, out, stderr)
		}
	}
	conns := list()
	if len(conns) != 3 || conns[2].Kind != "user" || conns[2].Key != "crm" ||
		conns[2].OwnedBy != workspace.MemberID("sam@acme.example") {
		t.Fatalf("after three adds: %+v", conns)
	}
	out, _, _ := cli("list")
	if !strings.HasPrefix(out, "ID") || strings.Count(out, "\n") != 4 ||
		!strings.Contains(out, "billing") {
		t.Errorf("the text list:\n%s", out)
	}

	// Removing by kind and key picks the user's crm connection, not the workspace's.
	out, stderr, code = cli("remove", "--json", "--user", "--key", "crm")
	var removed struct{ Removed string }
	if code != 0 || json.Unmarshal([]byte(out), &removed) != nil || removed.Removed != conns[2].ID {
		t.Errorf("remove --user --key crm: exit %d %s %s", code, out, stderr)
	}
	if _, stderr, code := cli("remove", "--id", conns[0].ID); code != 0 {
		t.Errorf("remove --id: exit %d %s", code, stderr)
	}
	if left := list(); len(left) != 1 || left[0].Key != "crm" || left[0].Kind != "workspace" {
		t.Errorf("after two removals: %+v", left)
	}
	_, stderr, code = cli("remove", "--key", "nothing")
	if code != 1 || !strings.Contains(stderr, `no workspace connection with key "nothing"`) {
		t.Errorf("removing a missing key: exit %d %q", code, stderr)
	}
}

func TestConnectionsVerbActsAsAnotherMember(t *testing.T) {
	dir := projecttest.WriteApp(t, keyedApp)
	data := filepath.Join(t.TempDir(), "data.db")
	cli := func(args ...string) (string, string, int) {
		return run(t, append(append([]string{"connections"}, args...), "--data", data, dir)...)
	}
	sam, priya := workspace.MemberID("sam@acme.example"), workspace.MemberID("priya@acme.example")
	if _, stderr, code := cli("add", "--user", "--value", "sk_sam"); code != 0 {
		t.Fatalf("add as Sam: exit %d %s", code, stderr)
	}
	out, stderr, code := cli("add", "--json", "--user", "--as", "priya@acme.example", "--value",
		"sk_priya")
	var list []struct{ ID, OwnedBy, CreatedBy string }
	if code != 0 || json.Unmarshal([]byte(out), &list) != nil || len(list) != 1 ||
		list[0].OwnedBy != priya || list[0].CreatedBy != priya ||
		!strings.Contains(stderr, "acting as Priya Patel") {
		t.Fatalf("add --as Priya: exit %d %s %s", code, out, stderr)
	}
	added := list[0]

	// The switch is kept: removing "the user connection" now means Priya's, not Sam's.
	out, _, code = cli("remove", "--json", "--user")
	if code != 0 || !strings.Contains(out, added.ID) {
		t.Errorf("remove --user after --as Priya: exit %d %s", code, out)
	}
	_, stderr, code = cli("remove", "--user")
	if code != 1 || !strings.Contains(stderr, "the current user has no user connection") {
		t.Errorf("removing Priya's second, missing connection: exit %d %q", code, stderr)
	}
	out, _, code = cli("remove", "--json", "--user", "--as", sam)
	if code != 0 || !strings.Contains(out, "removed") {
		t.Errorf("remove --user --as Sam: exit %d %s", code, out)
	}
	_, stderr, code = cli("list", "--as", "nobody@acme.example")
	if code != 1 || !strings.Contains(stderr, "nobody@acme.example") {
		t.Errorf("--as a stranger: exit %d %q", code, stderr)
	}
}
