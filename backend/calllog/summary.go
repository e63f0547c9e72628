package calllog

import (
	"encoding/json"
	"fmt"
	"time"
	"unicode/utf8"

	"attio-studio/backend/store"
)

// argsPreviewBytes caps the arguments a Summary carries: enough for one line of a list.
const argsPreviewBytes = 200

// Summary is a call without its children: what a list of calls shows, and what Query filters
// on. The counts say how many children the whole call has.
type Summary struct {
	ID            string    `json:"id"`
	Parent        string    `json:"parent,omitempty"`
	Kind          Kind      `json:"kind"`
	Name          string    `json:"name"`
	Status        Status    `json:"status"`
	Started       time.Time `json:"started"`
	DurationMs    float64   `json:"durationMs"`
	Args          string    `json:"args,omitempty"`
	Error         string    `json:"error,omitempty"`
	ReplayOf      string    `json:"replayOf,omitempty"`
	Console       int       `json:"console,omitempty"`
	Requests      int       `json:"requests,omitempty"`
	KV            int       `json:"kv,omitempty"`
	Notifications int       `json:"notifications,omitempty"`
}

// Summarize returns c's summary: its arguments cut to a preview, its error as "Name: message".
func Summarize(c Call) Summary {
	s := Summary{ID: c.ID, Parent: c.Parent, Kind: c.Kind, Name: c.Name, Status: c.Status,
		Started: c.Started, DurationMs: c.DurationMs, Args: preview(c.Args),
		ReplayOf: c.ReplayOf, Console: len(c.Console), Requests: len(c.Requests), KV: len(c.KV),
		Notifications: len(c.Notifications)}
	if c.Error != nil {
		s.Error = c.Error.Message
		if c.Error.Name != "" {
			s.Error = c.Error.Name + ": " + c.Error.Message
		}
	}
	return s
}

// preview cuts raw JSON to argsPreviewBytes on a character boundary, marking the cut with "…".
func preview(raw json.RawMessage) string {
	if len(raw) <= argsPreviewBytes {
		return string(raw)
	}
	cut := argsPreviewBytes
	for cut > 0 && !utf8.RuneStart(raw[cut]) {
		cut--
	}
	return string(raw[:cut]) + "…"
}

// summariseOldCalls writes the summaries of calls stored by a studio that kept none, once.
func (l *Log) summariseOldCalls() error {
	var done bool
	err := l.store.View(func(tx *store.Tx) error {
		var err error
		done, err = tx.Get(metaBucket, "summaries", new(int))
		return err
	})
	if err != nil || done {
		return err
	}
	return l.store.Update(func(tx *store.Tx) error {
		var calls []Call
		err := tx.ForEach(bucket, func(id string, raw []byte) error {
			var c Call
			if err := json.Unmarshal(raw, &c); err != nil {
				return fmt.Errorf("call record %s: %w", id, err)
			}
			calls = append(calls, c)
			return nil
		})
		if err != nil {
			return err
		}
		for _, c := range calls {
			if err := tx.Put(summaryBucket, c.ID, Summarize(c)); err != nil {
				return err
			}
		}
		return tx.Put(metaBucket, "summaries", 1)
	})
}
