package workspacetest

import (
	"slices"
	"testing"
	"time"
)

// Latencies collects how long each operation of a benchmark took, to report percentiles: a
// user notices the slow calls, which an average hides. It also sums the CPU time the
// operations used, which, unlike wall time, does not grow when other work shares the machine.
type Latencies struct {
	d   []time.Duration
	cpu time.Duration
}

// Time runs fn and records how long it took.
func (l *Latencies) Time(fn func()) {
	cpu := cpuTime()
	start := time.Now()
	fn()
	l.d = append(l.d, time.Since(start))
	l.cpu += cpuTime() - cpu
}

// Report adds p50 and p99 (in milliseconds) to the benchmark's output and logs them.
func (l *Latencies) Report(b *testing.B) {
	if len(l.d) == 0 {
		return
	}
	slices.Sort(l.d)
	p := func(q float64) float64 {
		return float64(l.d[min(int(q*float64(len(l.d))), len(l.d)-1)]) / float64(time.Millisecond)
	}
	cpu := float64(l.cpu) / float64(len(l.d)) / float64(time.Millisecond)
	b.ReportMetric(p(0.5), "p50-ms")
	b.ReportMetric(p(0.99), "p99-ms")
	b.ReportMetric(cpu, "cpu-ms/op")
	b.Logf("%s: %d runs, p50 %.3f ms, p99 %.3f ms, %.3f ms of CPU each", b.Name(), len(l.d),
		p(0.5), p(0.99), cpu)
}
