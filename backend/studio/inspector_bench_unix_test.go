//go:build unix

package studio

import (
	"context"
	"encoding/json"
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

// BenchmarkRecordingShare is the share of a trivial server call's cost that recording takes:
// the same calls run straight on the runtime, then through the session, which records each one
// (its console line and world), publishes it and writes it to the data file. CPU time is
// compared, so the batched writes on the log's own goroutine count too; wall time is reported
// beside it, and as microseconds a call. The studio aims to keep recording under 5%.
func BenchmarkRecordingShare(b *testing.B) {
	s := openAppWithTimeout(b, benchApp, 0)
	rt := s.running()
	ctx := context.Background()
	args := []json.RawMessage{json.RawMessage(`"Ada"`)}
	const batch = 200
	var plainCPU, recordedCPU, plainWall, recordedWall time.Duration
	for b.Loop() {
		cpu, wall := cpuTime(), time.Now()
		for range batch {
			if _, err := rt.CallFunction(ctx, "trivial.server", args); err != nil {
				b.Fatal(err)
			}
		}
		plainCPU += cpuTime() - cpu
		plainWall += time.Since(wall)

		cpu, wall = cpuTime(), time.Now()
		for range batch {
			if res, err := s.CallServerFunction(ctx, "trivial.server", args, ""); err != nil ||
				res.Error != nil {
				b.Fatal(err, res.Error)
			}
		}
		s.calls.Flush()
		recordedCPU += cpuTime() - cpu
		recordedWall += time.Since(wall)
	}
	share := func(recorded, plain time.Duration) float64 {
		return 100 * float64(recorded-plain) / float64(plain)
	}
	b.ReportMetric(share(recordedCPU, plainCPU), "recording-cpu-%")
	b.ReportMetric(share(recordedWall, plainWall), "recording-wall-%")
	calls := float64(b.N * batch)
	b.ReportMetric(float64(plainWall.Microseconds())/calls, "call-µs")
	b.ReportMetric(float64((recordedWall-plainWall).Microseconds())/calls, "recording-µs")
}
