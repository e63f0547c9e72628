package host

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/dop251/goja"
)

// Op is something a call is waiting for: host work started by app code (a fetch, a key-value
// read) or a timer. The runtime lists the pending ones when a call times out, so the message
// can say what the call was stuck on.
type Op struct {
	Label   string    // what it is, e.g. "fetch POST https://api.example.com/leads"
	Where   Position  // the app code that started it; zero when unknown
	Started time.Time // when it started
}

// Position is a place in the app's sources. Line and Column are 1-based; File is empty when the
// place is unknown.
type Position struct {
	File         string
	Line, Column int
}

// String reads "file:line:col", or "" for an unknown position.
func (p Position) String() string {
	if p.File == "" {
		return ""
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Column)
}

// opTable holds the pending ops of a call. Ops are added and removed on the loop and by host
// goroutines, and read by the goroutine that times the call out.
type opTable struct {
	mu   sync.Mutex
	next uint64
	ops  map[uint64]Op
}

// Track records that the call waits for label from now on, located at the app code running
// now, and returns the function that ends the wait (safe to call more than once, from any
// goroutine). Track itself runs on the loop.
func (e *Env) Track(label string) (done func()) {
	return e.track(label, e.VM.CaptureCallStack(0, nil))
}

func (e *Env) track(label string, stack []goja.StackFrame) (done func()) {
	op := Op{Label: label, Started: time.Now()}
	if e.Locate != nil {
		op.Where = e.Locate(stack)
	}
	t := &e.ops
	t.mu.Lock()
	if t.ops == nil {
		t.ops = map[uint64]Op{}
	}
	t.next++
	id := t.next
	t.ops[id] = op
	t.mu.Unlock()
	return func() {
		t.mu.Lock()
		delete(t.ops, id)
		t.mu.Unlock()
	}
}

// Pending lists what the call is waiting for, oldest first. Safe from any goroutine.
func (e *Env) Pending() []Op {
	t := &e.ops
	t.mu.Lock()
	ids := make([]uint64, 0, len(t.ops))
	for id := range t.ops {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	out := make([]Op, len(ids))
	for i, id := range ids {
		out[i] = t.ops[id]
	}
	t.mu.Unlock()
	return out
}

// stackText renders frames the way goja writes Error.stack, so the runtime's stack mapping
// reads it like any other stack.
func stackText(frames []goja.StackFrame) string {
	var b bytes.Buffer
	for i := range frames {
		b.WriteString("\n\tat ")
		frames[i].Write(&b)
	}
	return b.String()
}

// Where returns the place in the app's sources of the JavaScript running now, zero when
// unknown. Only on the loop, from a host function called by JavaScript.
func (e *Env) Where() Position {
	if e.Locate == nil {
		return Position{}
	}
	return e.Locate(e.VM.CaptureCallStack(0, nil))
}
