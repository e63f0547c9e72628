package studio

import (
	"encoding/json"
	"testing"

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
	if err := s.RecordNotification(action, "toast", toast); err != nil {
		t.Fatalf("a late toast was refused: %v", err)
	}
	if err := s.RecordNotification("no-such-call", "toast", toast); err == nil {
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
