package studio

import (
	"encoding/json"
	"testing"
	"time"

	"attio-studio/backend/calllog"
)

// A toast shown after its action's call has ended is kept under that call, not refused.
func TestNotificationAfterItsCallEnded(t *testing.T) {
	s, _ := openExample(t)
	action := s.StartCall(calllog.KindRecordAction, "send-to-alc", json.RawMessage(`{}`), "")
	if err := s.FinishCall(action, nil); err != nil {
		t.Fatal(err)
	}
	toast := json.RawMessage(`{"title":"Sent to ALC"}`)
	if err := s.RecordNotification(action, "toast", toast, time.Now()); err != nil {
		t.Fatalf("a late toast was refused: %v", err)
	}
	if err := s.RecordNotification("no-such-call", "toast", toast, time.Now()); err == nil {
		t.Error("a toast for a call that never was was accepted")
	}

	calls, err := s.Calls(10)
	if err != nil {
		t.Fatal(err)
	}
	var late *calllog.Call
	for i := range calls {
		if calls[i].Parent == action {
			late = &calls[i]
		}
	}
	if late == nil {
		t.Fatalf("no call under the ended action among %+v", calls)
	}
	if late.Kind != calllog.KindRecordAction || late.Name != "send-to-alc (after it ended)" ||
		late.Status == calllog.StatusRunning || len(late.Notifications) != 1 ||
		late.Notifications[0].Type != "toast" {
		t.Errorf("late call %+v", late)
	}
}

// A notification is placed at the time the page showed it, not when its report arrived: on a busy
// machine the report can come tens of milliseconds later.
func TestNotificationAtTheTimeThePageShowedIt(t *testing.T) {
	s, _ := openExample(t)
	action := s.StartCall(calllog.KindRecordAction, "send-to-alc", json.RawMessage(`{}`), "")
	started, err := s.Call(action)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(40 * time.Millisecond) // the report is late
	shown := started.Started.Add(10 * time.Millisecond)
	if err := s.RecordNotification(action, "toast", json.RawMessage(`{}`), shown); err != nil {
		t.Fatal(err)
	}
	early := started.Started.Add(-time.Second) // shown before the start's report arrived
	if err := s.RecordNotification(action, "alert", json.RawMessage(`{}`), early); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishCall(action, nil); err != nil {
		t.Fatal(err)
	}
	c, err := s.Call(action)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Notifications) != 2 {
		t.Fatalf("notifications %+v, want two", c.Notifications)
	}
	if at := c.Notifications[0].AtMs; at < 9.9 || at > 10.1 {
		t.Errorf("the toast shown 10 ms into the call is at %.2f ms", at)
	}
	if at := c.Notifications[1].AtMs; at != 0 {
		t.Errorf("the alert shown before the call's start arrived is at %.2f ms, want 0", at)
	}
}

func TestACallsArgumentsAreRecordedAsOneArray(t *testing.T) {
	for _, tt := range []struct {
		args []json.RawMessage
		want string
	}{
		{nil, `[]`},
		{[]json.RawMessage{json.RawMessage(`1`), nil, json.RawMessage(`{"a":"b"}`)},
			`[1,null,{"a":"b"}]`},
	} {
		if got := string(joinArgs(tt.args)); got != tt.want {
			t.Errorf("joinArgs(%q) = %s, want %s", tt.args, got, tt.want)
		}
	}
}
