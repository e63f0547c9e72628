package studio

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"attio-studio/backend/calllog"
	"attio-studio/backend/workspace"
)

// openExample opens a copy of the bundled example with a temporary data file.
func openExample(t *testing.T) (*Session, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "app")
	if err := os.CopyFS(dir, os.DirFS("../../examples/acme-lead-checker")); err != nil {
		t.Fatal(err)
	}
	s, err := Open(Options{Dir: dir, DataFile: filepath.Join(t.TempDir(), "data.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, dir
}

func alcStatus(t *testing.T, s *Session, id string) string {
	t.Helper()
	r, err := s.GetRecord("people", id)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := json.Marshal(r.Values["alc_status"])
	var values []struct {
		Option struct{ Title string } `json:"option"`
	}
	json.Unmarshal(raw, &values)
	if len(values) == 0 {
		return ""
	}
	return values[0].Option.Title
}

// events collects a session's events for a test.
type events struct {
	mu   sync.Mutex
	list []Event
}

func (e *events) names() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	var out []string
	for _, ev := range e.list {
		out = append(out, ev.Name)
	}
	return strings.Join(out, " ")
}

func TestSendToAlcServerFunctionMarksThePersonPending(t *testing.T) {
	s, _ := openExample(t)
	m := s.Manifest()
	if m.BuildVersion != 1 || len(m.RecordActions) != 1 || m.RecordActions[0].Label != "Send to ALC" {
		t.Fatalf("manifest %+v", m)
	}
	var seen events
	s.Subscribe(func(e Event) { seen.mu.Lock(); seen.list = append(seen.list, e); seen.mu.Unlock() })

	ada := workspace.SeedRecordID("people", "ada-lovelace")
	action := s.StartCall(calllog.KindRecordAction, "send-to-alc", json.RawMessage(`{}`), "")
	args := []json.RawMessage{json.RawMessage(`"` + ada + `"`), json.RawMessage(`"Ada Lovelace"`),
		json.RawMessage(`"+14155550101"`)}
	res, err := s.CallServerFunction(context.Background(), "send-to-alc.server", args, action)
	if err != nil || res.Error != nil {
		t.Fatalf("call: %v %+v", err, res.Error)
	}
	if string(res.Result) != `{"leadId":"lead_5d8e21"}` {
		t.Errorf("result %s", res.Result)
	}
	if got := alcStatus(t, s, ada); got != "Pending" {
		t.Errorf("alc_status %q, want Pending", got)
	}

	call, err := s.Call(res.CallID)
	if err != nil || call.Parent != action || len(call.Requests) != 2 {
		t.Fatalf("call record %+v (%v)", call, err)
	}
	if call.Requests[0].Source != "mock" || call.Requests[1].Source != "attio-api" ||
		call.Requests[1].Status != 200 {
		t.Errorf("requests %+v", call.Requests)
	}
	names := seen.names()
	if !strings.Contains(names, "call") || !strings.Contains(names, "records-changed") {
		t.Errorf("events %q lack a call and a records-changed", names)
	}
}

func TestWebhookDeliveryMarksThePersonComplete(t *testing.T) {
	s, _ := openExample(t)
	ada := workspace.SeedRecordID("people", "ada-lovelace")
	h, err := s.hooks.Create(context.Background(), "lead-processed")
	if err != nil {
		t.Fatal(err)
	}
	res, err := http.Post(h.URL, "application/json",
		strings.NewReader(`{"lead_id": "lead_1", "reference": "`+ada+`", "status": "processed"}`))
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode != 204 {
		t.Errorf("status %d, want the handler's 204", res.StatusCode)
	}
	if got := alcStatus(t, s, ada); got != "Complete" {
		t.Errorf("alc_status %q, want Complete", got)
	}
	calls, _ := s.Calls(10)
	if len(calls) == 0 || calls[0].Kind != calllog.KindWebhook || calls[0].Name != "lead-processed" {
		t.Errorf("calls %+v", calls)
	}
}

func TestBrokenSaveKeepsTheLastGoodBuild(t *testing.T) {
	s, dir := openExample(t)
	file := filepath.Join(dir, "src", "send-to-alc.tsx")
	good, _ := os.ReadFile(file)
	broken := strings.Replace(string(good), `label: "Send to ALC",`, `label: "Send to ALC",,`, 1)
	os.WriteFile(file, []byte(broken), 0o644)

	m := s.Rebuild()
	if m.BuildVersion != 1 || len(m.RecordActions) != 1 {
		t.Errorf("after a broken save: version %d, actions %v", m.BuildVersion, m.RecordActions)
	}
	if len(m.Diagnostics) == 0 || m.Diagnostics[0].Location() != "src/send-to-alc.tsx:9:24" {
		t.Errorf("diagnostics %v", m.Diagnostics)
	}
	if s.ClientBundle().Code == "" {
		t.Error("the last good client bundle was dropped")
	}

	os.WriteFile(file, []byte(strings.Replace(string(good), "Send to ALC", "Send to Acme", 1)), 0o644)
	m = s.Rebuild()
	if m.BuildVersion != 2 || len(m.Diagnostics) != 0 || m.RecordActions[0].Label != "Send to Acme" {
		t.Errorf("after the fix: version %d, diagnostics %v, actions %v",
			m.BuildVersion, m.Diagnostics, m.RecordActions)
	}
}

func TestSavingAFileRebuilds(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "app")
	os.CopyFS(dir, os.DirFS("../../examples/acme-lead-checker"))
	s, err := Open(Options{Dir: dir, DataFile: filepath.Join(t.TempDir(), "data.db"), Watch: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	built := make(chan Manifest, 10)
	s.Subscribe(func(e Event) {
		if e.Name == EventBuild {
			built <- e.Data.(Manifest)
		}
	})
	file := filepath.Join(dir, "src", "send-to-alc.tsx")
	good, _ := os.ReadFile(file)
	os.WriteFile(file, []byte(strings.Replace(string(good), "Send to ALC", "Send it", 1)), 0o644)
	select {
	case m := <-built:
		if m.RecordActions[0].Label != "Send it" {
			t.Errorf("rebuilt with label %q", m.RecordActions[0].Label)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no rebuild after saving a file")
	}
}

func TestSecondSessionOnTheSameDataFileIsRefused(t *testing.T) {
	s, dir := openExample(t)
	_, err := Open(Options{Dir: dir, DataFile: s.DataFile()})
	if err == nil || !strings.Contains(err.Error(), "another studio has") {
		t.Errorf("second open: %v", err)
	}
}

func TestStudioFileSeedsTheWorkspace(t *testing.T) {
	s, _ := openExample(t)
	conns, _ := s.workspace.Connections()
	if len(conns) != 1 || conns[0].Value != "alc_test_7f3c9a2e" {
		t.Errorf("connections %+v", conns)
	}
	attrs, _ := s.Attributes("people")
	found := false
	for _, a := range attrs {
		if a.Slug == "alc_status" && a.Type == "select" && len(a.Options) == 2 {
			found = true
		}
	}
	if !found {
		t.Error("people have no alc_status select with two options")
	}
}

// The example's whole story runs by itself: the studio file's connection registers the
// webhook, Send to ALC marks the person Pending, and the mock third party's scheduled callback
// marks them Complete, recorded under the server call that caused it.
func TestTheExampleStoryRunsByItself(t *testing.T) {
	s, _ := openExample(t)
	handlers, _ := s.WebhookHandlers()
	if len(handlers) != 1 || handlers[0].ExternalWebhookID == nil {
		t.Fatalf("the seeded connection registered no webhook: %+v", handlers)
	}
	ada := workspace.SeedRecordID("people", "ada-lovelace")
	args := []json.RawMessage{json.RawMessage(`"` + ada + `"`), json.RawMessage(`"Ada Lovelace"`),
		json.RawMessage(`"+14155550101"`)}
	res, err := s.CallServerFunction(context.Background(), "send-to-alc.server", args, "")
	if err != nil || res.Error != nil {
		t.Fatalf("call: %v %+v", err, res.Error)
	}
	if got := alcStatus(t, s, ada); got != "Pending" {
		t.Fatalf("alc_status %q right after the call, want Pending", got)
	}
	deadline := time.Now().Add(15 * time.Second)
	for alcStatus(t, s, ada) != "Complete" {
		if time.Now().After(deadline) {
			t.Fatal("the scheduled callback never marked the person Complete")
		}
		time.Sleep(50 * time.Millisecond)
	}
	// The record is written while the webhook's call is still finishing: wait for both.
	var webhook *calllog.Call
	for webhook == nil || webhook.Status == calllog.StatusRunning {
		if time.Now().After(deadline) {
			t.Fatal("the webhook's call never finished")
		}
		time.Sleep(20 * time.Millisecond)
		calls, _ := s.Calls(10)
		for i := range calls {
			if calls[i].Kind == calllog.KindWebhook {
				webhook = &calls[i]
			}
		}
	}
	if webhook == nil || webhook.Parent != res.CallID || webhook.Status != calllog.StatusOK {
		t.Errorf("webhook call %+v, want one under %s", webhook, res.CallID)
	}
}
