package calllog

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"attio-studio/backend/store"
)

// seed records calls as a short session would: an action with a query and a failing server
// call, a webhook, and an ok server call.
func seed(t testing.TB, l *Log) map[string]string {
	t.Helper()
	ids := map[string]string{}
	act := l.Start(KindRecordAction, "send-to-alc", "", json.RawMessage(`{"recordId":"rec-1"}`))
	ids["action"] = act.ID()
	q := l.Start(KindQuery, "getPerson", act.ID(), nil)
	q.Finish(nil, nil)
	ids["query"] = q.ID()
	srv := l.Start(KindServerFunction, "send-to-alc.server", act.ID(), json.RawMessage(`["rec-1"]`))
	srv.Console("log", "Sending Ada Lovelace")
	srv.Request(Request{Method: "POST", URL: "https://alc.test/leads", Status: 503,
		ResponseBody: `{"error":"Overloaded"}`, Source: "mock"}, srv.start)
	srv.Finish(nil, &Error{Name: "Error", Message: "refused the lead: 503"})
	ids["server"] = srv.ID()
	act.Finish(nil, nil)
	hook := l.Start(KindWebhook, "lead-processed", srv.ID(), json.RawMessage(`{"body":"{}"}`))
	hook.Finish(json.RawMessage(`{"status":204}`), nil)
	ids["webhook"] = hook.ID()
	ok := l.Start(KindServerFunction, "send-to-alc.server", "", json.RawMessage(`["rec-2"]`))
	ok.Finish(json.RawMessage(`{"leadId":"lead_1"}`), nil)
	ids["ok"] = ok.ID()
	return ids
}

func TestQueryFilters(t *testing.T) {
	for _, flushed := range []bool{false, true} {
		t.Run(fmt.Sprintf("flushed=%v", flushed), func(t *testing.T) {
			l, _ := openLog(t)
			ids := seed(t, l)
			if flushed {
				l.Flush()
			}
			tests := []struct {
				name   string
				filter Filter
				want   []string
			}{
				{"everything, newest first", Filter{},
					[]string{"ok", "webhook", "server", "query", "action"}},
				{"errors", Filter{Statuses: []Status{StatusError}}, []string{"server"}},
				{"server functions", Filter{Kinds: []Kind{KindServerFunction}},
					[]string{"ok", "server"}},
				{"by name", Filter{Name: "lead-processed"}, []string{"webhook"}},
				{"text in a console line, any case", Filter{Text: "ada LOVELACE"},
					[]string{"server"}},
				{"text in a response body", Filter{Text: "overloaded"}, []string{"server"}},
				{"text in a URL", Filter{Text: "alc.test/leads"}, []string{"server"}},
				{"text in a result", Filter{Text: "lead_1"}, []string{"ok"}},
				{"text JSON escapes", Filter{Text: `"leadId"`}, []string{"ok"}},
				{"text and kind", Filter{Text: "rec-1", Kinds: []Kind{KindRecordAction}},
					[]string{"action"}},
				{"no match", Filter{Text: "nowhere"}, []string{}},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					page, err := l.Query(tt.filter, 0, "")
					if err != nil {
						t.Fatal(err)
					}
					want := make([]string, len(tt.want))
					for i, name := range tt.want {
						want[i] = ids[name]
					}
					if diff := cmp.Diff(want, summaryIDs(page.Calls)); diff != "" {
						t.Errorf("calls (-want +got):\n%s", diff)
					}
				})
			}
		})
	}
}

func summaryIDs(calls []Summary) []string {
	ids := []string{}
	for _, c := range calls {
		ids = append(ids, c.ID)
	}
	return ids
}

func TestQueryPagesThroughEveryCallOnce(t *testing.T) {
	l, _ := openLog(t)
	for i := 0; i < 25; i++ {
		l.Start(KindEvent, "e", "", nil).Finish(nil, nil)
		if i == 15 {
			l.Flush() // some calls in the store, some still in memory
		}
	}
	running := l.Start(KindEvent, "e", "", nil)
	var got []string
	before := ""
	for pages := 0; ; pages++ {
		page, err := l.Query(Filter{}, 10, before)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, summaryIDs(page.Calls)...)
		if page.Next == "" {
			break
		}
		if pages > 5 {
			t.Fatal("paging does not end")
		}
		before = page.Next
	}
	if len(got) != 26 || got[0] != running.ID() || got[25] != formatID(1) {
		t.Errorf("paged through %d calls: %v", len(got), got)
	}
}

func TestSummaryCarriesTheErrorAndCounts(t *testing.T) {
	l, _ := openLog(t)
	ids := seed(t, l)
	page, _ := l.Query(Filter{Name: "send-to-alc.server", Statuses: []Status{StatusError}}, 1, "")
	want := Summary{ID: ids["server"], Parent: ids["action"], Kind: KindServerFunction,
		Name: "send-to-alc.server", Status: StatusError, Args: `["rec-1"]`,
		Error: "Error: refused the lead: 503", Console: 1, Requests: 1}
	got := page.Calls[0]
	got.Started, got.DurationMs = want.Started, want.DurationMs
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("summary (-want +got):\n%s", diff)
	}
}

func TestTreeIsTheCallAndEverythingUnderIt(t *testing.T) {
	l, _ := openLog(t)
	ids := seed(t, l)
	l.Flush()
	tree, err := l.Tree(ids["action"])
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range tree {
		got = append(got, c.Name)
	}
	want := []string{"send-to-alc", "getPerson", "send-to-alc.server", "lead-processed"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tree (-want +got):\n%s", diff)
	}
	if tree, _ := l.Tree("999999999999"); tree != nil {
		t.Errorf("a missing call has a tree: %v", tree)
	}
}

func TestSetRetentionDropsOlderCallsAndIsKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data.db")
	st, _ := store.Open(path)
	l, _ := Open(st, slog.New(slog.NewTextHandler(io.Discard, nil)))
	for i := 0; i < 10; i++ {
		l.Start(KindEvent, "e", "", nil).Finish(nil, nil)
	}
	l.Flush()
	if err := l.SetRetention(3); err != nil {
		t.Fatal(err)
	}
	if n, _ := l.Count(); n != 3 {
		t.Errorf("kept %d calls, want 3", n)
	}
	if err := l.SetRetention(0); err == nil {
		t.Error("a retention of 0 was accepted")
	}
	l.Close()
	st.Close()

	st, _ = store.Open(path)
	defer st.Close()
	l, _ = Open(st, slog.New(slog.NewTextHandler(io.Discard, nil)))
	defer l.Close()
	if l.Retention() != 3 {
		t.Errorf("retention after reopening = %d, want 3", l.Retention())
	}
}

func TestClearForgetsFinishedCallsButNotTheNumbering(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data.db")
	st, _ := store.Open(path)
	l, _ := Open(st, slog.New(slog.NewTextHandler(io.Discard, nil)))
	for i := 0; i < 3; i++ {
		l.Start(KindEvent, "e", "", nil).Finish(nil, nil)
	}
	running := l.Start(KindEvent, "still running", "", nil)
	if err := l.Clear(); err != nil {
		t.Fatal(err)
	}
	if calls, _ := l.List(10); len(calls) != 1 || calls[0].ID != running.ID() {
		t.Errorf("after clear: %+v, want only the running call", calls)
	}
	l.Close()
	st.Close()

	st, _ = store.Open(path)
	defer st.Close()
	l, _ = Open(st, slog.New(slog.NewTextHandler(io.Discard, nil)))
	defer l.Close()
	if id := l.Start(KindEvent, "e", "", nil).ID(); id != formatID(5) {
		t.Errorf("first id after clear and reopen = %s, want %s", id, formatID(5))
	}
}

func TestSummariesAreWrittenForCallsOfAnOlderStudio(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data.db")
	st, _ := store.Open(path)
	st.Update(func(tx *store.Tx) error {
		return tx.Put(bucket, formatID(1), Call{ID: formatID(1), Kind: KindEvent, Name: "old",
			Status: StatusOK})
	})
	l, err := Open(st, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	defer l.Close()
	page, _ := l.Query(Filter{Name: "old"}, 10, "")
	if len(page.Calls) != 1 {
		t.Errorf("the older studio's call is not found: %+v", page)
	}
}

func TestWorldIsKeptOnlyWhenRead(t *testing.T) {
	l, _ := openLog(t)
	quiet := l.Start(KindServerFunction, "f", "", nil)
	quiet.SetWorld(&World{})
	if c := quiet.Finish(nil, nil); c.World != nil {
		t.Errorf("an empty world was kept: %+v", c.World)
	}
	r := l.StartCall(Call{Kind: KindServerFunction, Name: "f", ReplayOf: quiet.ID(),
		ReplayMode: ReplayDeterministic})
	r.SetWorld(&World{Clock: []int64{1}, Seed: "ab"})
	c := r.Finish(nil, nil)
	if c.World == nil || c.ReplayOf != quiet.ID() || c.ReplayMode != ReplayDeterministic {
		t.Errorf("replay call = %+v", c)
	}
}
