package studio

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"

	"attio-studio/backend/calllog"
	"attio-studio/backend/workspace"
)

// TestSoakMixedCalls runs 400 calls of four kinds against the example, eight at a time:
// its server function (a mocked fetch and an Attio API write, which also schedules the mock's
// webhook callback), webhook deliveries over the loopback server, GraphQL queries, and REST
// calls to the mock Attio API over HTTP. Every call must succeed; afterwards no goroutine is
// left over and the heap is back near where it started. STUDIO_SOAK_CALLS sets the length
// (make bench runs 10,000). The writes go to the seeded people in turn: a record's history
// grows with every write and each write re-encodes the whole record, so 10,000 writes to one
// person would measure that, not the studio's steadiness.
func TestSoakMixedCalls(t *testing.T) {
	calls := 400
	if n, err := strconv.Atoi(os.Getenv("STUDIO_SOAK_CALLS")); err == nil {
		calls = n
	}
	if testing.Short() {
		calls = 200
	}
	leaks := goleak.IgnoreCurrent()
	s := openSoakExample(t)
	api := httptest.NewServer(s.AttioAPI())
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
	people, err := s.workspace.ListRecords("people", workspace.Query{Limit: 100})
	if err != nil || len(people) < 10 {
		t.Fatalf("%d seeded people (%v)", len(people), err)
	}
	k := soakKit{t: t, s: s, client: client, api: api.URL, token: s.AttioAPIToken()}
	for _, p := range people {
		k.people = append(k.people, p.ID.RecordID)
	}
	k.hook = k.handlerURL()

	for i := range 8 { // warm up: shims compiled once per process are not growth
		k.call(i)
	}
	k.drain()
	goroutines, before := goruntime.NumGoroutine(), heapInUse()
	peak, stopSampling := samplePeakHeap()
	start := time.Now()
	errs := k.run(calls)
	elapsed := time.Since(start)
	k.drain()
	stopSampling()
	for _, err := range errs {
		t.Error(err)
	}
	if failed := k.failedCalls(); failed != "" {
		t.Errorf("the call log has failed calls: %s", failed)
	}
	after := heapInUse()
	t.Logf("%d mixed calls in %s (%.0f/s); heap in use %.1f MiB before, %.1f MiB at the peak, "+
		"%.1f MiB after; goroutines %d before, %d after", calls, elapsed.Round(time.Millisecond),
		float64(calls)/elapsed.Seconds(), before, *peak, after, goroutines, goruntime.NumGoroutine())
	// Generous: a leak of one VM or call record per call would be hundreds of MiB.
	if after > before+64 {
		t.Errorf("heap grew from %.1f to %.1f MiB over the soak", before, after)
	}

	client.CloseIdleConnections()
	api.Close()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	goleak.VerifyNone(t, leaks)
}

// openSoakExample opens a copy of the example whose mock answers at once and calls back soon,
// so thousands of calls fit in seconds.
func openSoakExample(t *testing.T) *Session {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "app")
	if err := os.CopyFS(dir, os.DirFS("../../examples/acme-lead-checker")); err != nil {
		t.Fatal(err)
	}
	studioFile := filepath.Join(dir, "attio-studio.json")
	raw, err := os.ReadFile(studioFile)
	if err != nil {
		t.Fatal(err)
	}
	fast := strings.Replace(strings.Replace(string(raw), `"delayMs": 600`, `"delayMs": 0`, 1),
		`"afterMs": 3000`, `"afterMs": 1`, 1)
	if fast == string(raw) {
		t.Fatal("the example's studio file no longer has the delays the soak shortens")
	}
	if err := os.WriteFile(studioFile, []byte(fast), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(Options{Dir: dir, DataFile: filepath.Join(t.TempDir(), "data.db")})
	if err != nil {
		t.Fatal(err)
	}
	if m := s.Manifest(); m.BuildVersion == 0 {
		s.Close()
		t.Fatalf("the example does not build: %v", m.Diagnostics)
	}
	return s
}

type soakKit struct {
	t      *testing.T
	s      *Session
	client *http.Client
	api    string
	token  string
	hook   string
	people []string
}

// person is the record the i-th call reads or writes.
func (k soakKit) person(i int) string { return k.people[(i/4)%len(k.people)] }

// handlerURL is the loopback URL of the example's lead-processed handler, which its
// connection-added event registered when the studio file's connection was added.
func (k soakKit) handlerURL() string {
	handlers, err := k.s.WebhookHandlers()
	if err != nil {
		k.t.Fatal(err)
	}
	for _, h := range handlers {
		if h.FileName == "lead-processed" {
			return h.URL
		}
	}
	k.t.Fatalf("the example registered no lead-processed handler: %+v", handlers)
	return ""
}

// run makes calls calls, eight at a time, and returns the first errors.
func (k soakKit) run(calls int) []error {
	next := make(chan int)
	var mu sync.Mutex
	var errs []error
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for i := range next {
				if err := k.call(i); err != nil {
					mu.Lock()
					if len(errs) < 10 {
						errs = append(errs, fmt.Errorf("call %d: %w", i, err))
					}
					mu.Unlock()
				}
			}
		})
	}
	for i := range calls {
		next <- i
	}
	close(next)
	wg.Wait()
	return errs
}

// call makes the i-th call: the kinds take turns.
func (k soakKit) call(i int) error {
	switch i % 4 {
	case 0:
		return k.serverFunction(i)
	case 1:
		return k.webhook(i)
	case 2:
		return k.query(i)
	default:
		return k.rest(i)
	}
}

func (k soakKit) serverFunction(i int) error {
	args := []json.RawMessage{json.RawMessage(strconv.Quote(k.person(i))),
		json.RawMessage(strconv.Quote(fmt.Sprintf("Ada %d", i))), json.RawMessage(`"+447700900123"`)}
	res, err := k.s.CallServerFunction(context.Background(), "send-to-alc.server", args, "")
	switch {
	case err != nil:
		return err
	case res.Error != nil:
		return fmt.Errorf("send-to-alc: %s", res.Error.Message)
	case string(res.Result) != `{"leadId":"lead_5d8e21"}`:
		return fmt.Errorf("send-to-alc answered %s", res.Result)
	}
	return nil
}

func (k soakKit) webhook(i int) error {
	body := fmt.Sprintf(`{"lead_id": "lead_%d", "reference": %q, "status": "processed"}`, i,
		k.person(i))
	return k.expect(http.MethodPost, k.hook, body, http.StatusNoContent)
}

func (k soakKit) query(i int) error {
	res := k.s.RunQuery(context.Background(), `query getPerson($recordId: String!) {
  person(id: $recordId) { name { full_name } phone_numbers }
}`, map[string]any{"recordId": k.person(i)}, "")
	if len(res.Errors) > 0 {
		return fmt.Errorf("query: %s", res.Errors[0].Message)
	}
	return nil
}

func (k soakKit) rest(i int) error {
	if i%8 == 3 {
		return k.expect(http.MethodPost, k.api+"/v2/objects/people/records/query",
			`{"filter": {"name": {"$contains": "a"}}, "limit": 5}`, http.StatusOK)
	}
	return k.expect(http.MethodGet, k.api+"/v2/objects/people/records/"+k.person(i), "",
		http.StatusOK)
}

// expect makes one HTTP request and checks its status.
func (k soakKit) expect(method, url, body string, status int) error {
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+k.token)
	req.Header.Set("Content-Type", "application/json")
	res, err := k.client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	answer, _ := io.ReadAll(res.Body)
	if res.StatusCode != status {
		return fmt.Errorf("%s %s: %d %s", method, url, res.StatusCode, answer)
	}
	return nil
}

// drain waits for the mock's scheduled webhook callbacks to be delivered and the call log to be
// written: until no call is running and the number of calls stops changing.
func (k soakKit) drain() {
	k.t.Helper()
	last := -1
	for range 200 {
		page, err := k.s.QueryCalls(calllog.Filter{Statuses: []calllog.Status{calllog.StatusRunning}},
			1, "")
		if err != nil {
			k.t.Fatal(err)
		}
		n, err := k.s.calls.Count()
		if err != nil {
			k.t.Fatal(err)
		}
		if len(page.Calls) == 0 && n == last {
			k.s.calls.Flush()
			return
		}
		last = n
		time.Sleep(50 * time.Millisecond)
	}
	k.t.Fatal("calls were still running or arriving ten seconds after the soak")
}

// failedCalls names the first few calls the log recorded as failed.
func (k soakKit) failedCalls() string {
	page, err := k.s.QueryCalls(calllog.Filter{Statuses: []calllog.Status{calllog.StatusError}}, 5, "")
	if err != nil {
		return err.Error()
	}
	var names []string
	for _, c := range page.Calls {
		names = append(names, c.Name+" "+c.ID)
	}
	return strings.Join(names, ", ")
}
