package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attio-studio/backend/project/projecttest"
)

const example = "../../examples/acme-lead-checker"

func run(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Run(args, Env{Stdout: &out, Stderr: &errOut})
	return out.String(), errOut.String(), code
}

func TestCheckJSONDescribesTheExample(t *testing.T) {
	out, stderr, code := run(t, "check", "--json", example)
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, stderr)
	}
	var m struct {
		RecordActions     []struct{ ID, Label string } `json:"recordActions"`
		BulkRecordActions []struct{ ID, Label string } `json:"bulkRecordActions"`
		Widgets           []struct{ ID, Label string } `json:"widgets"`
		ServerFunctions   []string                     `json:"serverFunctions"`
		Webhooks          []string                     `json:"webhooks"`
		Events            []string                     `json:"events"`
		Queries           []string                     `json:"queries"`
		Diagnostics       []map[string]any             `json:"diagnostics"`
	}
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	if len(m.RecordActions) != 1 || m.RecordActions[0].ID != "send-to-alc" ||
		m.RecordActions[0].Label != "Send to ALC" {
		t.Errorf("recordActions %+v", m.RecordActions)
	}
	if m.BulkRecordActions == nil || m.Widgets == nil || m.Diagnostics == nil {
		t.Error("bulkRecordActions, widgets and diagnostics must be lists, even when empty")
	}
	want := "[send-to-alc.server] [lead-processed] [connection-added connection-removed] " +
		"[src/get-person.graphql]"
	lists := []string{fmtList(m.ServerFunctions), fmtList(m.Webhooks), fmtList(m.Events),
		fmtList(m.Queries)}
	got := strings.Join(lists, " ")
	if got != want {
		t.Errorf("entries %s, want %s", got, want)
	}
}

func fmtList(l []string) string { return "[" + strings.Join(l, " ") + "]" }

func TestCheckReportsASyntaxErrorWithItsLocation(t *testing.T) {
	dir := projecttest.WriteApp(t, map[string]string{
		"package.json": `{"name": "broken"}`,
		"src/a.tsx":    "export const recordAction = {\n  id: \"a\",,\n}\n",
	})
	out, _, code := run(t, "check", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(out, "src/a.tsx:2:11: error: Expected identifier but found \",\"") {
		t.Errorf("output lacks the located error:\n%s", out)
	}

	out, _, code = run(t, "check", "--json", dir)
	var m struct {
		Diagnostics []struct {
			Severity, Text, File string
			Line, Column         int
		} `json:"diagnostics"`
	}
	json.Unmarshal([]byte(out), &m)
	if code != 1 || len(m.Diagnostics) == 0 || m.Diagnostics[0].File != "src/a.tsx" ||
		m.Diagnostics[0].Line != 2 || m.Diagnostics[0].Column != 11 ||
		m.Diagnostics[0].Severity != "error" {
		t.Errorf("exit %d, diagnostics %+v", code, m.Diagnostics)
	}
}

func TestCallRunsAServerFunction(t *testing.T) {
	dir := projecttest.WriteApp(t, map[string]string{
		"package.json": `{"name": "calc"}`,
		"src/add.server.ts": "export default async function add(a: number, b: number) {\n" +
			"  console.log(`adding ${a} and ${b}`)\n  return {sum: a + b}\n}\n",
		"src/fail.server.ts": "export default async function fail() {\n  throw new Error(\"nope\")\n}\n",
	})
	data := filepath.Join(t.TempDir(), "data.db")

	out, stderr, code := run(t, "call", "--json", "--data", data, dir, "add.server", "2", "3")
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, stderr)
	}
	var call struct {
		Result     json.RawMessage  `json:"result"`
		Error      *json.RawMessage `json:"error"`
		Console    []struct{ Text string }
		Requests   json.RawMessage `json:"requests"`
		DurationMs float64         `json:"durationMs"`
	}
	if err := json.Unmarshal([]byte(out), &call); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var compact bytes.Buffer
	json.Compact(&compact, call.Result)
	if compact.String() != `{"sum":5}` || string(call.Requests) != "[]" || call.Error != nil ||
		len(call.Console) != 1 ||
		call.Console[0].Text != "adding 2 and 3" {
		t.Errorf("call record %s", out)
	}

	out, _, code = run(t, "call", "--data", data, dir, "fail.server")
	if code != 1 || !strings.Contains(out, "src/fail.server.ts:2:9: error: nope") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
}

func TestExampleIsExtractedWhenNoFolderIsGiven(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	t.Setenv("HOME", cache)
	env := Env{Examples: os.DirFS("../../examples"), DefaultExample: "acme-lead-checker"}
	dir, err := appDir(nil, env)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "src", "send-to-alc.tsx")); err != nil {
		t.Errorf("example not extracted to %s: %v", dir, err)
	}
	again, _ := appDir(nil, env)
	if again != dir {
		t.Errorf("second extraction went to %s, not %s", again, dir)
	}
}

func TestANegativeTimeoutIsRefused(t *testing.T) {
	_, stderr, code := run(t, "serve", "--timeout", "-1s", example)
	if code == 0 || !strings.Contains(stderr, "--timeout -1s is negative") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// check's text lists every kind of surface a Gen 3 app declares, and its settings.
func TestCheckTextListsEveryKindOfSurface(t *testing.T) {
	out, stderr, code := run(t, "check", "../../frontend/e2e/apps/gen3-account-kit")
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, stderr)
	}
	for _, want := range []string{
		"Record tabs:\n  activity ",
		"Object actions:\n  import-leads ",
		"Call recording transcript text actions:\n  share-quote ",
		"Workspace settings:\n  maxScore                 number\n  owner                    string\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("check printed no %q:\n%s", want, out)
		}
	}
}
