package store_test

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"attio-studio/backend/calllog"
	"attio-studio/backend/kv"
	"attio-studio/backend/store"
	"attio-studio/backend/workspace"
)

// The crash test runs a writer in a child process (this test binary again, selected by
// crashChildEnv) and kills it with SIGKILL at a random moment, many times over one data file.
// The child prints a line for each write only after the write is committed; every printed write
// must be in the file afterwards, and the file must open and pass bbolt's consistency check.
//
// What "committed" means for each kind of write:
//   - a workspace record and a kv entry: when CreateRecord or Set returns (one transaction each);
//   - a call in the call log: when Flush returns after the call finished. Finished calls are
//     batched in memory for up to 20 ms before they are written, so a crash loses the calls of
//     the batch in flight; those were never acknowledged.
//
// SIGKILL stops the process but leaves the page cache alone, so this checks that no commit is
// torn by a crash of the studio, not what survives a power cut (bbolt's fsync covers that).
const crashChildEnv = "STUDIO_CRASH_CHILD_DATA"

const crashRounds = 20

func TestKilledWritersLoseNoCommittedWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process per round")
	}
	path := filepath.Join(t.TempDir(), "data.db")
	acked := map[string][]string{}
	rng := rand.New(rand.NewPCG(1, uint64(time.Now().UnixNano())))
	for round := range crashRounds {
		lines := runAndKill(t, path, rng.IntN(150)+20)
		for _, line := range lines {
			kind, id, _ := strings.Cut(line, " ")
			acked[kind] = append(acked[kind], id)
		}
		t.Logf("round %d: %d writes acknowledged before the kill", round, len(lines))
	}
	if len(acked["record"]) == 0 || len(acked["kv"]) == 0 || len(acked["call"]) == 0 {
		t.Fatalf("the writers acknowledged too little to test: %d records, %d kv, %d calls",
			len(acked["record"]), len(acked["kv"]), len(acked["call"]))
	}
	checkConsistent(t, path)
	checkAcknowledged(t, path, acked)
}

// runAndKill starts a writer on path, kills it killAfterMs after it is ready, and returns the
// lines it printed (each one an acknowledged write).
func runAndKill(t *testing.T, path string, killAfterMs int) []string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+path)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	var lines []string
	ready := false
	for !ready && sc.Scan() {
		ready = sc.Text() == "ready"
	}
	if !ready {
		cmd.Wait()
		t.Fatalf("the writer stopped before it was ready (the data file did not open?)")
	}
	timer := time.AfterFunc(time.Duration(killAfterMs)*time.Millisecond, func() {
		cmd.Process.Signal(syscall.SIGKILL)
	})
	defer timer.Stop()
	// Each line is written with one write(2), shorter than PIPE_BUF, so it arrives whole or
	// not at all; test output ("PASS") after a clean exit is not a write.
	for sc.Scan() {
		if line := sc.Text(); strings.Contains(line, " ") {
			lines = append(lines, line)
		}
	}
	err = cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("the writer ended by itself (%v) instead of being killed", err)
	}
	return lines
}

// TestCrashChild is the writer the crash test kills. It runs only as that child.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashChildEnv)
	if path == "" {
		t.Skip("runs only as the crash test's child process")
	}
	st, err := store.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "crash child:", err)
		os.Exit(2)
	}
	ws, err := workspace.Open(st, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, "crash child:", err)
		os.Exit(2)
	}
	calls, err := calllog.Open(st, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, "crash child:", err)
		os.Exit(2)
	}
	keys := kv.New(st, kv.Options{})
	ack := func(kind, id string) { os.Stdout.WriteString(kind + " " + id + "\n") }
	os.Stdout.WriteString("ready\n")

	// Writes run until the parent kills the process; the three kinds interleave so a kill can
	// land inside any of them, and calls finish in bursts between flushes.
	for n := 0; ; n++ {
		writeBurst(ws, keys, calls, n, ack)
	}
}

func writeBurst(ws *workspace.Workspace, keys *kv.Store, calls *calllog.Log, n int,
	ack func(kind, id string)) {
	stamp := fmt.Sprintf("%d-%d", os.Getpid(), n)
	r, err := ws.CreateRecord("people", map[string]any{"name": "Crash, Test " + stamp},
		workspace.System)
	if err != nil {
		fmt.Fprintln(os.Stderr, "crash child: create record:", err)
		os.Exit(2)
	}
	ack("record", r.ID.RecordID)

	value, _ := json.Marshal(map[string]string{"stamp": stamp})
	if err := keys.Set(context.Background(), "k-"+stamp, value, 0); err != nil {
		fmt.Fprintln(os.Stderr, "crash child: kv set:", err)
		os.Exit(2)
	}
	ack("kv", "k-"+stamp)

	var finished []string
	for i := range 5 {
		args := fmt.Sprintf(`["%s",%d]`, stamp, i)
		rec := calls.Start(calllog.KindServerFunction, "crash.server", "", json.RawMessage(args))
		finished = append(finished, rec.Finish(json.RawMessage(`"ok"`), nil).ID+"="+args)
	}
	calls.Flush()
	for _, call := range finished {
		ack("call", call)
	}
}

// checkConsistent runs bbolt's own check of every page of the file.
func checkConsistent(t *testing.T, path string) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second, ReadOnly: true})
	if err != nil {
		t.Fatalf("the data file does not open after the crashes: %v", err)
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		var first error
		for err := range tx.Check() {
			first = cmp.Or(first, err)
		}
		return first
	})
	if err != nil {
		t.Fatalf("the data file is inconsistent after the crashes: %v", err)
	}
}

// checkAcknowledged opens the file the way the studio does and looks for every acknowledged
// write.
func checkAcknowledged(t *testing.T, path string, acked map[string][]string) {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatalf("the store does not open after the crashes: %v", err)
	}
	defer st.Close()
	ws, err := workspace.Open(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	calls, err := calllog.Open(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer calls.Close()
	keys := kv.New(st, kv.Options{})

	for _, id := range acked["record"] {
		if _, err := ws.GetRecord("people", id); err != nil {
			t.Errorf("acknowledged record %s is missing: %v", id, err)
		}
	}
	for _, key := range acked["kv"] {
		if _, found, err := keys.Get(context.Background(), key); !found || err != nil {
			t.Errorf("acknowledged kv entry %s is missing (%v)", key, err)
		}
	}
	for _, call := range acked["call"] {
		id, args, _ := strings.Cut(call, "=")
		c, found, err := calls.Get(id)
		if !found || err != nil || string(c.Args) != args || c.Status != calllog.StatusOK {
			t.Errorf("acknowledged call %s with %s is missing or changed: %+v (%v)", id, args, c, err)
		}
	}
	t.Logf("%d records, %d kv entries and %d calls acknowledged and found",
		len(acked["record"]), len(acked["kv"]), len(acked["call"]))
}
