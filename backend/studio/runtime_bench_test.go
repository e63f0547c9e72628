package studio

import (
	"context"
	"encoding/json"
	"fmt"
	goruntime "runtime"
	"sort"
	"sync"
	"testing"
	"time"

	"attio-studio/backend/calllog"
)

// Speed of server calls through the studio. These are benchmarks and a load test: they print
// figures (`go test -bench Call -run '^$' ./backend/studio/`), they never assert times.

var benchApp = map[string]string{
	"package.json": `{"name": "bench"}`,
	"src/trivial.server.ts": `export default async function (name: string) {
  console.log("hello", name)
  return {greeting: "Hello " + name}
}
`,
	"src/busy.server.ts": `export default async function (n: number) {
  console.info("busy", n)
  await new Promise((resolve) => setTimeout(resolve, 1))
  const items = Array.from({length: 50}, (_, i) => ({id: i, score: (i * 7919) % 101}))
  items.sort((a, b) => a.score - b.score)
  return {n, top: items[0].id}
}
`,
}

// percentiles returns the p50 and p99 of ds in microseconds.
func percentiles(ds []time.Duration) (p50, p99 float64) {
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	at := func(q float64) float64 {
		return float64(ds[int(q*float64(len(ds)-1))].Nanoseconds()) / 1e3
	}
	return at(0.50), at(0.99)
}

// BenchmarkCallServerFunction is a trivial server function that logs one line, called the way
// the client calls it (Session.CallServerFunction): a fresh VM, the bundle evaluated, the call
// recorded with its console line and saved in the data file. Everything it measures is the
// studio's overhead; the app's own code takes microseconds.
func BenchmarkCallServerFunction(b *testing.B) {
	s := openAppWithTimeout(b, benchApp, 0)
	ctx := context.Background()
	args := []json.RawMessage{json.RawMessage(`"Ada"`)}
	durations := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		start := time.Now()
		res, err := s.CallServerFunction(ctx, "trivial.server", args, "")
		durations = append(durations, time.Since(start))
		if err != nil || res.Error != nil {
			b.Fatalf("%v %+v", err, res.Error)
		}
	}
	p50, p99 := percentiles(durations)
	b.ReportMetric(p50, "p50-µs")
	b.ReportMetric(p99, "p99-µs")
}

// BenchmarkRecordingOverhead runs the same call straight on the runtime, with and without a
// call recorder, and through the session, so the cost of recording (the recorder, the console
// line, saving the call in the data file) shows as the difference of the p50s.
func BenchmarkRecordingOverhead(b *testing.B) {
	s := openAppWithTimeout(b, benchApp, 0)
	rt := s.running()
	args := []json.RawMessage{json.RawMessage(`"Ada"`)}
	ways := []struct {
		name string
		call func(ctx context.Context) error
	}{
		{"runtime-unrecorded", func(ctx context.Context) error {
			_, err := rt.CallFunction(ctx, "trivial.server", args)
			return err
		}},
		{"runtime-recorded-in-memory", func(ctx context.Context) error {
			rec := s.calls.Start(calllog.KindServerFunction, "trivial.server", "", nil)
			_, err := rt.CallFunction(calllog.WithRecorder(ctx, rec), "trivial.server", args)
			// Not finished: the record is never saved to the data file.
			return err
		}},
		{"session-recorded-and-saved", func(ctx context.Context) error {
			res, err := s.CallServerFunction(ctx, "trivial.server", args, "")
			if err == nil && res.Error != nil {
				err = res.Error
			}
			return err
		}},
	}
	for _, w := range ways {
		b.Run(w.name, func(b *testing.B) {
			ctx := context.Background()
			durations := make([]time.Duration, 0, b.N)
			for b.Loop() {
				start := time.Now()
				if err := w.call(ctx); err != nil {
					b.Fatal(err)
				}
				durations = append(durations, time.Since(start))
			}
			p50, p99 := percentiles(durations)
			b.ReportMetric(p50, "p50-µs")
			b.ReportMetric(p99, "p99-µs")
		})
	}
}

// heapInUse is the live heap after a full collection, in MiB.
func heapInUse() float64 {
	goruntime.GC()
	goruntime.GC()
	var m goruntime.MemStats
	goruntime.ReadMemStats(&m)
	return float64(m.HeapInuse) / (1 << 20)
}

// samplePeakHeap records the largest heap in use until stop is called.
func samplePeakHeap() (peak *float64, stop func()) {
	peak = new(float64)
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			var m goruntime.MemStats
			goruntime.ReadMemStats(&m)
			*peak = max(*peak, float64(m.HeapInuse)/(1<<20))
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return peak, func() { close(done); <-finished }
}

// TestThousandConcurrentCalls starts 1,000 server calls at once. Every one must succeed with its
// own result and console line, and once they are done the heap and the goroutines must be back
// near where they started: nothing of a finished call is kept but its record in the data file.
func TestThousandConcurrentCalls(t *testing.T) {
	const calls = 1000
	// Attio's 30 s limit: 1,000 calls share the machine's cores, so each takes far longer than
	// it would alone.
	s := openAppWithTimeout(t, benchApp, 0)
	ctx := context.Background()
	// One call first, so the shims compiled once per process are not counted as growth.
	callRecord(t, s, "busy.server", "0")

	goroutines, before := goruntime.NumGoroutine(), heapInUse()
	peak, stopSampling := samplePeakHeap()
	start := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, calls)
	for i := range calls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := s.CallServerFunction(ctx, "busy.server",
				[]json.RawMessage{json.RawMessage(fmt.Sprint(i))}, "")
			switch {
			case err != nil:
				errs <- err
			case res.Error != nil:
				errs <- fmt.Errorf("call %d: %s", i, res.Error.Message)
			case string(res.Result) != fmt.Sprintf(`{"n":%d,"top":0}`, i):
				errs <- fmt.Errorf("call %d answered %s", i, res.Result)
			}
		}()
	}
	wg.Wait()
	close(errs)
	elapsed := time.Since(start)
	stopSampling()
	for err := range errs {
		t.Error(err)
	}
	after := heapInUse()
	t.Logf("%d concurrent calls in %s; heap in use %.1f MiB before, %.1f MiB at the peak, "+
		"%.1f MiB after; goroutines %d before, %d after", calls, elapsed.Round(time.Millisecond),
		before, *peak, after, goroutines, goruntime.NumGoroutine())

	recent, err := s.Calls(calls)
	if err != nil || len(recent) != calls {
		t.Fatalf("recorded %d calls, %v", len(recent), err)
	}
	for _, c := range recent {
		if c.Status != calllog.StatusOK || len(c.Console) != 1 {
			t.Fatalf("call %s recorded as %s with console %+v", c.ID, c.Status, c.Console)
		}
	}
	// Generous bounds: they catch a leak of whole VMs (hundreds of KiB each, so hundreds of MiB
	// for 1,000 calls), not allocator noise.
	if after > before+64 {
		t.Errorf("heap grew from %.1f to %.1f MiB after the calls ended", before, after)
	}
	if n := goruntime.NumGoroutine(); n > goroutines+10 {
		t.Errorf("%d goroutines after the calls, %d before", n, goroutines)
	}
}
