package calllog

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"
)

// Recorder collects the children of one running call. Its methods are safe for concurrent use
// and do nothing on a nil Recorder, so code that runs with or without recording calls them
// without checking.
type Recorder struct {
	mu    sync.Mutex
	call  Call
	log   *Log
	start time.Time
	// droppedConsole counts the console lines past MaxConsoleLines.
	droppedConsole int
}

// MaxConsoleLines caps the console lines kept in one call record. A loop that logs on every
// turn would otherwise grow one record by megabytes a second, in memory, in the data file and
// in every update sent to the inspector; the record ends with a line saying how many were left
// out.
const MaxConsoleLines = 1000

type recorderKey struct{}

// WithRecorder returns a context that carries r to the code a call runs.
func WithRecorder(ctx context.Context, r *Recorder) context.Context {
	return context.WithValue(ctx, recorderKey{}, r)
}

// FromContext returns the Recorder of the call ctx belongs to, or nil.
func FromContext(ctx context.Context) *Recorder {
	r, _ := ctx.Value(recorderKey{}).(*Recorder)
	return r
}

// ID is the id of the call being recorded, empty for a nil Recorder.
func (r *Recorder) ID() string {
	if r == nil {
		return ""
	}
	return r.call.ID
}

func (r *Recorder) sinceStart() float64 {
	return float64(time.Since(r.start).Microseconds()) / 1000
}

// Console records one console line.
func (r *Recorder) Console(level, text string) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.call.Console) >= MaxConsoleLines {
		r.droppedConsole++
		return
	}
	line := ConsoleLine{Level: level, Text: text, AtMs: r.sinceStart()}
	r.call.Console = append(r.call.Console, line)
}

// Request records one outbound exchange. Callers fill everything but AtMs, which is computed
// from started.
func (r *Recorder) Request(req Request, started time.Time) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	req.AtMs = float64(started.Sub(r.start).Microseconds()) / 1000
	r.call.Requests = append(r.call.Requests, req)
}

// KV records one key-value store operation.
func (r *Recorder) KV(op, key string, value json.RawMessage) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.call.KV = append(r.call.KV, KVOperation{Op: op, Key: key, Value: value, AtMs: r.sinceStart()})
}

// NotifyAt records a toast, alert, confirm or dialog shown by the call's client code at shown.
// A time before the call's start (the page showed it before its report of the start arrived)
// counts as the start.
func (r *Recorder) NotifyAt(typ string, detail json.RawMessage, shown time.Time) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	at := max(0, float64(shown.Sub(r.start).Microseconds())/1000)
	n := Notification{Type: typ, Detail: detail, AtMs: at}
	r.call.Notifications = append(r.call.Notifications, n)
}

// SetWorld keeps what the call's code read from the clock and random numbers. An empty w is
// not kept.
func (r *Recorder) SetWorld(w *World) {
	if r == nil || w.Empty() {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.call.World = w
}

// Finish ends the call with a result or an error and saves it. It returns the finished call.
func (r *Recorder) Finish(result json.RawMessage, err *Error) Call {
	if r == nil {
		return Call{}
	}
	r.mu.Lock()
	r.call.Result = result
	r.call.Error = err
	r.call.Status = StatusOK
	if err != nil {
		r.call.Status = StatusError
	}
	r.call.DurationMs = r.sinceStart()
	c := r.snapshot()
	r.mu.Unlock()
	r.log.save(c)
	return c
}

// Snapshot returns a copy of the call as recorded so far.
func (r *Recorder) Snapshot() Call {
	if r == nil {
		return Call{}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.snapshot()
}

func (r *Recorder) snapshot() Call {
	c := r.call
	c.Console = append([]ConsoleLine{}, c.Console...)
	if r.droppedConsole > 0 {
		c.Console = append(c.Console, ConsoleLine{Level: "warn", AtMs: r.sinceStart(),
			Text: fmt.Sprintf("%d more console lines were not kept: the studio keeps the first "+
				"%d lines of each call", r.droppedConsole, MaxConsoleLines)})
	}
	c.Requests = append([]Request{}, c.Requests...)
	c.KV = append([]KVOperation(nil), c.KV...)
	c.Notifications = append([]Notification(nil), c.Notifications...)
	return c
}
