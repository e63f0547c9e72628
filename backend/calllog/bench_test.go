package calllog

import (
	"encoding/json"
	"fmt"
	"testing"
)

// BenchmarkRecordCall is what recording adds to one server call that logs a line: starting the
// record, the console line, finishing it, and its share of the writes to the store, made every
// 250 calls as the log's goroutine makes them when trivial calls follow each other. Past the
// retention (run it for more than 10,000 calls) each write also deletes as many old calls.
// Compare it with BenchmarkCallServerFunction in backend/studio, the whole trivial call.
func BenchmarkRecordCall(b *testing.B) {
	l, _ := openLog(b)
	args := json.RawMessage(`["Ada"]`)
	result := json.RawMessage(`{"greeting":"Hello Ada"}`)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		r := l.Start(KindServerFunction, "trivial.server", "", args)
		r.Console("log", "hello Ada")
		r.Finish(result, nil)
		if n++; n%250 == 0 {
			l.Flush()
		}
	}
	l.Flush()
}

// fill stores n calls, one in ten an error, one in a thousand mentioning "needle".
func fill(b *testing.B, l *Log, n int) {
	b.Helper()
	for i := 0; i < n; i++ {
		r := l.Start(KindServerFunction, fmt.Sprintf("fn-%d.server", i%20), "",
			json.RawMessage(fmt.Sprintf(`["rec-%d"]`, i)))
		r.Console("log", "working on a record")
		var err *Error
		if i%10 == 0 {
			err = &Error{Name: "Error", Message: "failed"}
		}
		if i%1000 == 0 {
			r.Console("log", "found the needle")
		}
		r.Finish(json.RawMessage(`{"ok":true}`), err)
		if i%5000 == 0 {
			l.Flush()
		}
	}
	l.Flush()
}

// BenchmarkQuery100k filters 100,000 stored calls the ways the calls view does: the newest
// page, errors only, one function, and a text found in one call in a thousand.
func BenchmarkQuery100k(b *testing.B) {
	l, _ := openLog(b)
	if err := l.SetRetention(200000); err != nil {
		b.Fatal(err)
	}
	fill(b, l, 100000)
	filters := []struct {
		name string
		f    Filter
	}{
		{"newest-page", Filter{}},
		{"errors", Filter{Statuses: []Status{StatusError}}},
		{"one-function", Filter{Name: "fn-7.server"}},
		{"rare-text", Filter{Text: "NEEDLE"}},
	}
	for _, tt := range filters {
		b.Run(tt.name, func(b *testing.B) {
			for b.Loop() {
				page, err := l.Query(tt.f, DefaultPageSize, "")
				if err != nil || len(page.Calls) == 0 {
					b.Fatal(err, len(page.Calls))
				}
			}
		})
	}
}
