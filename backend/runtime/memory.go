package runtime

import (
	"runtime/metrics"
	"sync"
	"time"
)

// DefaultMemoryLimit is how large the studio's heap may grow while server code runs before the
// calls running are stopped: app code that allocates without end would otherwise exhaust the
// machine's memory, and take the studio down, long before its time limit. The studio itself
// uses well under a tenth of it.
const DefaultMemoryLimit = 2 << 30

// memoryPollInterval is how often the heap is read while calls run.
const memoryPollInterval = 20 * time.Millisecond

// memoryGuard watches the process's heap while calls run and, when it passes a call's limit,
// tells that call (through its overMemory channel). Go cannot say which goroutine allocated
// what, so every call running then is told: one of them is allocating without end, and the
// others are stopped with a message that says so.
type memoryGuard struct {
	mu      sync.Mutex
	calls   map[*call]int64 // each running call's limit in bytes
	polling bool
}

var guard = &memoryGuard{calls: map[*call]int64{}}

// watch follows c until the returned function is called.
func (g *memoryGuard) watch(c *call, limit int64) (unwatch func()) {
	g.mu.Lock()
	g.calls[c] = limit
	if !g.polling {
		g.polling = true
		go g.poll()
	}
	g.mu.Unlock()
	return func() {
		g.mu.Lock()
		delete(g.calls, c)
		g.mu.Unlock()
	}
}

// poll reads the heap until no call is running.
func (g *memoryGuard) poll() {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	ticker := time.NewTicker(memoryPollInterval)
	defer ticker.Stop()
	for range ticker.C {
		metrics.Read(sample)
		heap := int64(sample[0].Value.Uint64())
		g.mu.Lock()
		if len(g.calls) == 0 {
			g.polling = false
			g.mu.Unlock()
			return
		}
		for c, limit := range g.calls {
			if heap > limit {
				c.tellOverMemory(heap, limit)
				delete(g.calls, c)
			}
		}
		g.mu.Unlock()
	}
}
