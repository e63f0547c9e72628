//go:build unix

package studio

import (
	"context"
	"encoding/json"
	"runtime"
	"sort"
	"syscall"
	"testing"
	"time"

	"attio-studio/backend/calllog"
)

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var u syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &u)
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// BenchmarkRecordingShare is the share of a trivial server call's CPU time that recording it
// takes; the studio aims to keep it under 5%. Run it for 40 rounds or more (-benchtime 40x).
//
// end-to-end-cpu-% is the whole difference. Each round runs a batch of plain calls (straight on
// the runtime), two batches of recorded calls (through the session, which records each call's
// arguments, console line and world, publishes its events and writes it to the data file) and a
// plain batch again, the order weighing drift in the machine's load on both kinds alike. Every
// batch starts from a collected heap and is timed in the process's CPU time, so the log's writes
// on its own goroutine count (a batch that records ends by writing what is pending). A round's
// figure swings by several percent with the machine's other work, hence the many rounds and the
// median.
//
// recording-cpu-% is recording measured on its own, steady from run to run: the session records
// calls just as it records a real one, with the function's run left out and replaced by a walk
// over a megabyte of memory, so that each recording finds the caches disturbed as a call leaves
// them; the same walks alone are taken away. streamed-cpu-% is the same with an inspector's
// stream open, its events gathered and encoded for the page. Both are over the plain calls' CPU.
//
// The log keeps 1,000 calls, so each write also drops as many old ones, as in a studio that has
// run a while. Also reported: the CPU a plain call and a recording take, in microseconds.
func BenchmarkRecordingShare(b *testing.B) {
	s := openAppWithTimeout(b, benchApp, 0)
	rt := s.running()
	ctx := context.Background()
	args := []json.RawMessage{json.RawMessage(`"Ada"`)}
	res, err := s.CallServerFunction(ctx, "trivial.server", args, "")
	if err != nil || res.Error != nil {
		b.Fatal(err, res.Error)
	}
	template, _, err := s.calls.Get(res.CallID)
	if err != nil || len(template.Console) == 0 {
		b.Fatal("no record of the trivial call", err)
	}
	// leaveRecord leaves in the call's Recorder what the trivial function's run leaves.
	leaveRecord := func(ctx context.Context) (json.RawMessage, error) {
		rec := calllog.FromContext(ctx)
		for _, line := range template.Console {
			rec.Console(line.Level, line.Text)
		}
		rec.SetWorld(template.World)
		return template.Result, nil
	}
	plain := func() {
		if _, err := rt.CallFunction(ctx, "trivial.server", args); err != nil {
			b.Fatal(err)
		}
	}
	recorded := func() {
		if res, err := s.CallServerFunction(ctx, "trivial.server", args, ""); err != nil ||
			res.Error != nil {
			b.Fatal(err, res.Error)
		}
	}
	memory := make([]byte, 1<<20)
	disturb := func() {
		for i := 0; i < len(memory); i += 64 {
			memory[i]++
		}
	}
	recording := func() {
		s.recordCall(ctx, "trivial.server", args, "", leaveRecord)
		disturb()
	}

	const batch = 200
	measure := func(each func()) time.Duration {
		runtime.GC()
		start := cpuTime()
		for range batch {
			each()
		}
		s.calls.Flush()
		return cpuTime() - start
	}
	// streamed is measure with an inspector's stream open; the wait for its last batch is idle.
	streamed := func(each func()) time.Duration {
		streamCtx, stop := context.WithCancel(ctx)
		stopped := make(chan error)
		go func() {
			stopped <- s.StreamEvents(streamCtx, func(events []Event) error {
				_, err := EncodeEvents(events)
				return err
			})
		}()
		cpu := measure(each)
		start := cpuTime()
		time.Sleep(2 * gatherWindow)
		stop()
		if err := <-stopped; err != nil {
			b.Fatal(err)
		}
		return cpu + cpuTime() - start
	}
	// A studio that has run for a while drops as many old calls as it writes new ones.
	if err := s.calls.SetRetention(1000); err != nil {
		b.Fatal(err)
	}
	perCall := func(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e3 / batch }
	var endToEnd, recordingShares, streamedShares, callMicros, recordingMicros []float64
	for b.Loop() {
		plainCPU := measure(plain)
		recordedCPU := measure(recorded)
		recordedCPU += measure(recorded)
		plainCPU += measure(plain)
		call := perCall(plainCPU) / 2
		endToEnd = append(endToEnd, 100*float64(recordedCPU-plainCPU)/float64(plainCPU))

		disturbed := measure(disturb)
		recordingCPU := measure(recording) - disturbed
		streamedCPU := streamed(recording) - disturbed
		callMicros = append(callMicros, call)
		recordingMicros = append(recordingMicros, perCall(recordingCPU))
		recordingShares = append(recordingShares, 100*perCall(recordingCPU)/call)
		streamedShares = append(streamedShares, 100*perCall(streamedCPU)/call)
	}
	b.ReportMetric(median(endToEnd), "end-to-end-cpu-%")
	b.ReportMetric(median(recordingShares), "recording-cpu-%")
	b.ReportMetric(median(streamedShares), "streamed-cpu-%")
	b.ReportMetric(median(callMicros), "call-cpu-µs")
	b.ReportMetric(median(recordingMicros), "recording-cpu-µs")
}

func median(xs []float64) float64 {
	sort.Float64s(xs)
	return xs[len(xs)/2]
}
