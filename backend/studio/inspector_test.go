package studio

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"attio-studio/backend/calllog"
	"attio-studio/backend/workspace"
)

// sendAda runs the example's server function for Ada under a record action and returns the
// action's and the server call's ids.
func sendAda(t *testing.T, s *Session) (action, server string) {
	t.Helper()
	ada := workspace.SeedRecordID("people", "ada-lovelace")
	action = s.StartCall(calllog.KindRecordAction, "send-to-alc", json.RawMessage(`{}`), "")
	args := []json.RawMessage{json.RawMessage(`"` + ada + `"`), json.RawMessage(`"Ada Lovelace"`),
		json.RawMessage(`"+14155550101"`)}
	res, err := s.CallServerFunction(context.Background(), "send-to-alc.server", args, action)
	if err != nil || res.Error != nil {
		t.Fatalf("call: %v %+v", err, res.Error)
	}
	if err := s.FinishCall(action, nil); err != nil {
		t.Fatal(err)
	}
	return action, res.CallID
}

func TestDeterministicReplayOfTheExampleHasNoDifference(t *testing.T) {
	s, _ := openExample(t)
	_, server := sendAda(t, s)

	r, err := s.ReplayCall(context.Background(), server, true)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Same || len(r.Differences) != 0 || string(r.Result) != `{"leadId":"lead_5d8e21"}` {
		t.Errorf("replay = %+v", r)
	}
	replay, _ := s.Call(r.CallID)
	if replay.ReplayOf != server || replay.ReplayMode != calllog.ReplayDeterministic {
		t.Errorf("the replay's record does not link to the original: %+v", replay)
	}
	if len(replay.Requests) != 2 || replay.Requests[0].Source != "replay" ||
		replay.Requests[1].Source != "replay" {
		t.Errorf("the replay's requests were not answered from the recording: %+v",
			replay.Requests)
	}
}

var randomApp = map[string]string{
	"package.json": `{"name": "random"}`,
	"src/pick.server.ts": `export default async function () {
  return {at: new Date().toISOString(), id: crypto.randomUUID(), roll: Math.random()}
}
`,
	"src/fail.server.ts": `export default async function () {
  throw new Error("no luck " + Math.floor(Math.random() * 1e9))
}
`,
}

func TestReplayComparesTheOutcomes(t *testing.T) {
	s := openAppWithTimeout(t, randomApp, 0)
	tests := []struct {
		name          string
		function      string
		deterministic bool
		same          bool
		paths         []string
	}{
		{"deterministic, random values", "pick.server", true, true, nil},
		{"live, random values", "pick.server", false, false,
			[]string{"$.result.at", "$.result.id", "$.result.roll"}},
		{"deterministic, a throw", "fail.server", true, true, nil},
		{"live, a throw", "fail.server", false, false, []string{"$.error.message"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			original := callRecord(t, s, tt.function)
			// The app's clock reads whole milliseconds; a live replay in the same one would
			// read the same time.
			time.Sleep(2 * time.Millisecond)
			r, err := s.ReplayCall(context.Background(), original.ID, tt.deterministic)
			if err != nil {
				t.Fatal(err)
			}
			var paths []string
			for _, d := range r.Differences {
				paths = append(paths, d.Path)
			}
			if r.Same != tt.same || strings.Join(paths, " ") != strings.Join(tt.paths, " ") {
				t.Errorf("same=%v differences %v, want same=%v %v", r.Same, paths, tt.same,
					tt.paths)
			}
		})
	}
}

func TestReplayRefusesWhatIsNotServerCode(t *testing.T) {
	s, _ := openExample(t)
	action, _ := sendAda(t, s)
	tests := []struct{ id, want string }{
		{action, "only server functions, webhook handlers and event handlers can be replayed"},
		{"000000009999", `no call has the id "000000009999"`},
	}
	for _, tt := range tests {
		if _, err := s.ReplayCall(context.Background(), tt.id, true); err == nil ||
			!strings.Contains(err.Error(), tt.want) {
			t.Errorf("replay %s: %v, want %q", tt.id, err, tt.want)
		}
	}
}

func TestDeterministicReplayOfAWebhook(t *testing.T) {
	s, _ := openExample(t)
	ada := workspace.SeedRecordID("people", "ada-lovelace")
	h, err := s.hooks.Create(context.Background(), "lead-processed")
	if err != nil {
		t.Fatal(err)
	}
	res, err := http.Post(h.URL, "application/json",
		strings.NewReader(`{"lead_id": "lead_1", "reference": "`+ada+`"}`))
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	page, _ := s.QueryCalls(calllog.Filter{Kinds: []calllog.Kind{calllog.KindWebhook}}, 1, "")
	if len(page.Calls) != 1 {
		t.Fatalf("webhook calls: %+v", page)
	}
	r, err := s.ReplayCall(context.Background(), page.Calls[0].ID, true)
	if err != nil || !r.Same {
		t.Errorf("replay = %+v, %v", r, err)
	}
}

func TestExportsOfTheActionTree(t *testing.T) {
	s, _ := openExample(t)
	action, server := sendAda(t, s)
	timeline, err := s.ExportTimeline([]string{action})
	if err != nil || len(timeline.Calls) != 2 || timeline.App != "acme-lead-checker" {
		t.Fatalf("timeline of %q with %d calls, %v", timeline.App, len(timeline.Calls), err)
	}
	doc, _ := json.Marshal(timeline)
	back, err := s.ImportTimeline(doc)
	if err != nil || len(back.Calls) != 2 {
		t.Errorf("import: %d calls, %v", len(back.Calls), err)
	}
	fixture, err := s.ExportFixture([]string{action})
	if err != nil || len(fixture.Cases) != 1 {
		t.Fatalf("fixture %+v, %v", fixture, err)
	}
	c := fixture.Cases[0]
	if c.CallID != server || c.File != "src/send-to-alc.server.ts" || len(c.Outbound) != 2 ||
		c.Outbound[0].Response.Status != 201 {
		t.Errorf("case %+v", c)
	}
}

func TestClearCallsTellsThePage(t *testing.T) {
	s, _ := openExample(t)
	sendAda(t, s)
	var seen events
	s.Subscribe(func(e Event) { seen.mu.Lock(); seen.list = append(seen.list, e); seen.mu.Unlock() })
	if err := s.ClearCalls(); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.CountCalls(); n != 0 || !strings.Contains(seen.names(), EventCallsCleared) {
		t.Errorf("after clear: %d calls, events %q", n, seen.names())
	}
}

func TestSourceLinesStayInTheAppFolder(t *testing.T) {
	s, dir := openExample(t)
	outside := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(outside, []byte("secret\n"), 0o644)
	os.Symlink(outside, filepath.Join(dir, "src", "link.ts"))

	frame, err := s.SourceLines("src/send-to-alc.server.ts", 11, 2)
	if err != nil {
		t.Fatal(err)
	}
	if frame.First != 9 || len(frame.Lines) != 5 || !strings.Contains(frame.Lines[2], "fetch(") ||
		!filepath.IsAbs(frame.Path) {
		t.Errorf("frame %+v", frame)
	}
	if _, err := s.SourceLines(frame.Path, 1, 0); err != nil {
		t.Errorf("an absolute path inside the app: %v", err)
	}
	refused := []struct{ file, want string }{
		{"../" + filepath.Base(filepath.Dir(outside)) + "/secret.txt", ""},
		{outside, "outside the app folder"},
		{"src/link.ts", "outside the app folder"},
		{"src/nope.ts", "the app has no file src/nope.ts"},
		{"src/alc.ts", "has 7 lines, so it has no line 99"},
	}
	for _, tt := range refused {
		line := 1
		if tt.file == "src/alc.ts" {
			line = 99
		}
		if _, err := s.SourceLines(tt.file, line, 3); err == nil ||
			!strings.Contains(err.Error(), tt.want) {
			t.Errorf("SourceLines(%q): %v, want an error containing %q", tt.file, err, tt.want)
		}
	}
}
