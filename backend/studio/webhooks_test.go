package studio

import (
	"context"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"attio-studio/backend/calllog"
	"attio-studio/backend/project/projecttest"
)

// A mock rule whose callback names a handler file the app never registered: the call that
// scheduled it must show a failed webhook call, and the webhooks panel a failed delivery, both
// naming the file.
func TestAnUndeliverableCallbackIsRecorded(t *testing.T) {
	dir := projecttest.WriteApp(t, map[string]string{
		"package.json": `{"name": "lost-callback"}`,
		"attio-studio.json": `{"mocks": [{"method": "POST", "url": "https://api.example.com/jobs",
  "response": {"status": 202, "body": {"id": "job_1"},
    "callback": {"webhook": "job-done", "body": {"job": "{{response.body.id}}"}}}}]}`,
		"src/start-job.server.ts": `export default async function () {
  const response = await fetch("https://api.example.com/jobs", {method: "POST", body: "{}"})
  return (await response.json()).id
}
`,
		"src/webhooks/job-done.webhook.ts": `export default async function () {
  return new Response(null, {status: 204})
}
`,
	})
	s, err := Open(Options{Dir: dir, DataFile: filepath.Join(t.TempDir(), "data.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	res, err := s.CallServerFunction(context.Background(), "start-job.server", nil, "")
	if err != nil || res.Error != nil {
		t.Fatalf("call: %v %+v", err, res.Error)
	}
	lost := waitForCall(t, s, func(c calllog.Call) bool {
		return c.Kind == calllog.KindWebhook && c.Status != calllog.StatusRunning
	})
	if lost.Parent != res.CallID || lost.Name != "job-done" || lost.Status != calllog.StatusError ||
		lost.Error == nil || lost.Error.Code != "callback-not-delivered" ||
		!strings.Contains(lost.Error.Message, `"job-done"`) ||
		!strings.Contains(string(lost.Args), `{\"job\":\"job_1\"}`) {
		t.Errorf("the lost callback's call = %+v (args %s)", lost, lost.Args)
	}

	deliveries, _ := s.WebhookDeliveries(10)
	if len(deliveries) != 1 {
		t.Fatalf("deliveries %+v, want the one failed callback", deliveries)
	}
	d := deliveries[0]
	if d.Status != http.StatusNotFound || d.FileName != "job-done" ||
		d.ParentCallID != res.CallID || !strings.Contains(d.Error, "createWebhookHandler") {
		t.Errorf("the lost callback's delivery = %+v", d)
	}
}

// waitForCall polls the call log for a call matching ok; callbacks run on their own timer.
func waitForCall(t *testing.T, s *Session, ok func(calllog.Call) bool) calllog.Call {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		calls, err := s.Calls(20)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range calls {
			if ok(c) {
				return c
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("no such call was recorded")
	return calllog.Call{}
}
