package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attio-studio/backend/workspace"
)

func TestWebhooksAndMocksVerbs(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "app")
	if err := os.CopyFS(dir, os.DirFS(example)); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(t.TempDir(), "data.db")

	out, stderr, code := run(t, "webhooks", "list", "--json", "--data", data, dir)
	var handlers []struct{ ID, FileName string }
	if code != 0 || json.Unmarshal([]byte(out), &handlers) != nil || len(handlers) != 1 ||
		handlers[0].FileName != "lead-processed" {
		t.Fatalf("list: exit %d %s %s", code, out, stderr)
	}

	out, stderr, code = run(t, "webhooks", "send", "--json", "--header", "Content-Type: application/json",
		"--body", `{"lead_id": "l1", "reference": "nobody"}`, "--data", data, dir, "lead-processed")
	var d struct {
		Status   int
		Response struct{ Body string }
	}
	json.Unmarshal([]byte(out), &d)
	// The handler's attioFetch finds no record "nobody": the app's error reaches the caller.
	if code != 1 || d.Status != 500 || !strings.Contains(d.Response.Body, "not found") {
		t.Errorf("send: exit %d, delivery %s %s", code, out, stderr)
	}
	_, _, code = run(t, "webhooks", "send", "--data", data, dir, "lead-processed")
	if code != 1 {
		t.Errorf("send without a JSON body: exit %d, want the handler's 400 to fail the command", code)
	}

	out, _, code = run(t, "mocks", "list", "--data", data, dir)
	if code != 0 || !strings.Contains(out, "mode: mocks-then-network") ||
		!strings.Contains(out, "POST    https://api.acmeleadchecker.ai/api/v1/leads") {
		t.Errorf("mocks list: exit %d\n%s", code, out)
	}
}

func TestWebhooksSendReachesTheHandler(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "app")
	if err := os.CopyFS(dir, os.DirFS(example)); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(t.TempDir(), "data.db")
	ada := workspace.SeedRecordID("people", "ada-lovelace")

	out, stderr, code := run(t, "webhooks", "list", "--data", data, dir)
	if code != 0 || !strings.Contains(out, "lead-processed") || !strings.Contains(out, "wh_91b0c4") ||
		!strings.Contains(out, "http://127.0.0.1:") {
		t.Fatalf("list: exit %d %s\n%s", code, stderr, out)
	}

	body := `{"lead_id": "l1", "reference": "` + ada + `", "status": "processed"}`
	out, stderr, code = run(t, "webhooks", "send", "--json", "--header",
		"Content-Type: application/json", "--body", body, "--data", data, dir, "lead-processed")
	var d struct {
		Status   int
		FileName string
		Origin   string
		CallID   string
		Request  struct{ Body string }
	}
	if code != 0 || json.Unmarshal([]byte(out), &d) != nil || d.Status != 204 ||
		d.FileName != "lead-processed" || d.Origin != "composer" || d.CallID == "" ||
		d.Request.Body != body {
		t.Fatalf("send: exit %d %s\n%s", code, stderr, out)
	}
	out, _, code = run(t, "webhooks", "send", "--method", "PUT", "--body", body, "--header",
		"Content-Type: application/json", "--data", data, dir, "lead-processed")
	if code != 0 || !strings.HasPrefix(out, "PUT http://127.0.0.1:") ||
		!strings.Contains(out, "-> 204 (lead-processed)") {
		t.Errorf("send as text: exit %d\n%s", code, out)
	}

	_, stderr, code = run(t, "webhooks", "send", "--data", data, dir, "no-such-handler")
	if code != 1 || stderr == "" {
		t.Errorf("send to a handler that does not exist: exit %d %q", code, stderr)
	}
	_, stderr, code = run(t, "webhooks", "send", "--header", "no colon", "--data", data, dir,
		"lead-processed")
	if code == 0 || !strings.Contains(stderr, `"Name: value"`) {
		t.Errorf("a malformed header: exit %d %q", code, stderr)
	}
}
