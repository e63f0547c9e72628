package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func TestMocksListJSON(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "app")
	if err := os.CopyFS(dir, os.DirFS(example)); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := run(t, "mocks", "list", "--json", "--data",
		filepath.Join(t.TempDir(), "data.db"), dir)
	var got struct {
		Mode  string
		Rules []struct {
			Method, URL string
			Response    struct {
				Status   int
				DelayMs  int
				Callback *struct {
					AfterMs int
					Webhook string
				}
			}
		}
	}
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil {
		t.Fatalf("mocks list --json: exit %d %s\n%s", code, stderr, out)
	}
	if got.Mode != "mocks-then-network" || len(got.Rules) != 3 {
		t.Fatalf("mode %q, %d rules, want mocks-then-network and the example's 3:\n%s",
			got.Mode, len(got.Rules), out)
	}
	leads := got.Rules[0]
	if leads.Method != "POST" || leads.URL != "https://api.acmeleadchecker.ai/api/v1/leads" ||
		leads.Response.Status != 201 || leads.Response.DelayMs != 600 ||
		leads.Response.Callback == nil || leads.Response.Callback.Webhook != "lead-processed" ||
		leads.Response.Callback.AfterMs != 3000 {
		t.Errorf("the leads rule reads %+v", leads)
	}
}

func TestMocksNeedsList(t *testing.T) {
	if _, stderr, code := run(t, "mocks", "edit"); code == 0 || stderr == "" {
		t.Errorf("mocks edit: exit %d %q, want an error", code, stderr)
	}
}
