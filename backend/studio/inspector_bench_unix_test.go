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
)

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var u syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &u)
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// BenchmarkRecordingShare is the share of a trivial server call's cost that recording takes.
// Each round runs a batch of calls straight on the runtime, then the same batch through the
// session, which records each call (its console line and world), publishes it and writes it to
// the data file; the round's share is the recorded batch's extra CPU time over the plain one's.
// CPU time is compared, so the writes on the log's own goroutine count too (the recorded batch
// ends by writing what is pending), and each batch starts from a collected heap, so neither
// pays for the other's garbage. Wall time, reported beside it, stops before that last write, as
// a caller does not wait for the log's writes. The median round is reported, with the
// microseconds a call. The studio aims to keep recording under 5%.
func BenchmarkRecordingShare(b *testing.B) {
	s := openAppWithTimeout(b, benchApp, 0)
	rt := s.running()
	ctx := context.Background()
	args := []json.RawMessage{json.RawMessage(`"Ada"`)}
	const batch = 200
	var cpuShares, wallShares, callMicros, recordingMicros []float64
	for b.Loop() {
		runtime.GC()
		cpu, wall := cpuTime(), time.Now()
		for range batch {
			if _, err := rt.CallFunction(ctx, "trivial.server", args); err != nil {
				b.Fatal(err)
			}
		}
		plainCPU, plainWall := cpuTime()-cpu, time.Since(wall)

		runtime.GC()
		cpu, wall = cpuTime(), time.Now()
		for range batch {
			if res, err := s.CallServerFunction(ctx, "trivial.server", args, ""); err != nil ||
				res.Error != nil {
				b.Fatal(err, res.Error)
			}
		}
		recordedWall := time.Since(wall)
		s.calls.Flush()
		recordedCPU := cpuTime() - cpu

		cpuShares = append(cpuShares, 100*float64(recordedCPU-plainCPU)/float64(plainCPU))
		wallShares = append(wallShares, 100*float64(recordedWall-plainWall)/float64(plainWall))
		callMicros = append(callMicros, float64(plainWall.Microseconds())/batch)
		recordingMicros = append(recordingMicros,
			float64((recordedWall-plainWall).Microseconds())/batch)
	}
	b.ReportMetric(median(cpuShares), "recording-cpu-%")
	b.ReportMetric(median(wallShares), "recording-wall-%")
	b.ReportMetric(median(callMicros), "call-µs")
	b.ReportMetric(median(recordingMicros), "recording-µs")
}

func median(xs []float64) float64 {
	sort.Float64s(xs)
	return xs[len(xs)/2]
}
