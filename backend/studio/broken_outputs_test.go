package studio

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"attio-studio/backend/calllog"
)

// Server calls that produce far more than a call record should hold: the caller still gets a
// huge result whole, but the record keeps a note of its size; a call that logs without end keeps
// its first lines and a line saying how many more there were. The studio keeps serving.
func TestHugeOutputsAreCappedWithANote(t *testing.T) {
	s := openAppWithTimeout(t, map[string]string{
		"package.json":     `{"name": "huge-outputs"}`,
		"src/ok.server.ts": okServer,
		"src/huge.server.ts": fmt.Sprintf(`export default async function () {
  return "x".repeat(%d)
}`, hugeResultBytes),
		"src/chatty.server.ts": `export default async function () {
  for (let i = 0; i < 1500; i++) console.log("checked lead " + i)
  return "done"
}`,
	}, 0)

	t.Run("huge result", func(t *testing.T) {
		res, err := s.CallServerFunction(context.Background(), "huge.server", nil, "")
		if err != nil || res.Error != nil {
			t.Fatalf("%v %+v", err, res.Error)
		}
		if len(res.Result) != hugeResultBytes+2 {
			t.Errorf("the caller got %d bytes, want the whole %d", len(res.Result), hugeResultBytes+2)
		}
		c, err := s.Call(res.CallID)
		if err != nil {
			t.Fatal(err)
		}
		if len(c.Result) > 100 || !strings.Contains(string(c.Result), "MB, not kept") {
			t.Errorf("the record keeps %d bytes of result: %.100s", len(c.Result), c.Result)
		}
		if len(c.Console) != 1 || c.Console[0].Level != "warn" ||
			!strings.Contains(c.Console[0].Text, "not kept in the call log") {
			t.Errorf("no note says why: %+v", c.Console)
		}
		assertServing(t, s, "huge result")
	})

	t.Run("console spam", func(t *testing.T) {
		c := callRecord(t, s, "chatty.server")
		if c.Error != nil || string(c.Result) != `"done"` {
			t.Fatalf("%s %+v", c.Result, c.Error)
		}
		n := len(c.Console)
		if n != calllog.MaxConsoleLines+1 || c.Console[0].Text != "checked lead 0" ||
			c.Console[n-2].Text != fmt.Sprintf("checked lead %d", calllog.MaxConsoleLines-1) {
			t.Fatalf("%d console lines kept, from %q", n, c.Console[0].Text)
		}
		want := fmt.Sprintf("%d more console lines were not kept", 1500-calllog.MaxConsoleLines)
		if last := c.Console[n-1]; last.Level != "warn" || !strings.HasPrefix(last.Text, want) {
			t.Errorf("the last line is %+v, want a warning starting %q", last, want)
		}
		assertServing(t, s, "console spam")
	})
}
