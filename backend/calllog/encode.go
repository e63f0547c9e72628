package calllog

import (
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"
)

// Calls and summaries are encoded by hand rather than by encoding/json's reflection: every call
// is encoded at least twice (its record and its summary, and again for each page that streams
// it), and reflection took a quarter of recording's cost. The output decodes with encoding/json
// to the same values as encoding/json's own; the tests compare the two on generated calls.

// MarshalJSON encodes c as encoding/json would from its field tags.
func (c Call) MarshalJSON() ([]byte, error) { return c.AppendJSON(nil), nil }

// MarshalJSON encodes s as encoding/json would from its field tags.
func (s Summary) MarshalJSON() ([]byte, error) { return s.appendJSON(nil), nil }

// AppendJSON appends c encoded as MarshalJSON encodes it.
func (c *Call) AppendJSON(b []byte) []byte {
	b = appendKey(b, '{', "id")
	b = appendString(b, c.ID)
	b = appendOptionalString(b, "parent", c.Parent)
	b = appendKey(b, ',', "kind")
	b = appendString(b, string(c.Kind))
	b = appendKey(b, ',', "name")
	b = appendString(b, c.Name)
	b = appendOptionalRaw(b, "args", c.Args)
	b = appendOptionalRaw(b, "result", c.Result)
	b = appendKey(b, ',', "error")
	if c.Error == nil {
		b = append(b, "null"...)
	} else {
		b = c.Error.appendJSON(b)
	}
	b = appendKey(b, ',', "status")
	b = appendString(b, string(c.Status))
	b = appendKey(b, ',', "started")
	b = appendTime(b, c.Started)
	b = appendKey(b, ',', "durationMs")
	b = appendFloat(b, c.DurationMs)
	b = appendKey(b, ',', "console")
	b = appendList(b, c.Console, (*ConsoleLine).appendJSON)
	b = appendKey(b, ',', "requests")
	b = appendList(b, c.Requests, (*Request).appendJSON)
	if len(c.KV) > 0 {
		b = appendKey(b, ',', "kv")
		b = appendList(b, c.KV, (*KVOperation).appendJSON)
	}
	if len(c.Notifications) > 0 {
		b = appendKey(b, ',', "notifications")
		b = appendList(b, c.Notifications, (*Notification).appendJSON)
	}
	if c.ReplayOf != "" {
		b = appendKey(b, ',', "replayOf")
		b = appendString(b, c.ReplayOf)
	}
	if c.ReplayMode != "" {
		b = appendKey(b, ',', "replayMode")
		b = appendString(b, c.ReplayMode)
	}
	if c.World != nil {
		b = appendKey(b, ',', "world")
		b = c.World.appendJSON(b)
	}
	return append(b, '}')
}

func (s *Summary) appendJSON(b []byte) []byte {
	b = appendKey(b, '{', "id")
	b = appendString(b, s.ID)
	if s.Parent != "" {
		b = appendKey(b, ',', "parent")
		b = appendString(b, s.Parent)
	}
	b = appendKey(b, ',', "kind")
	b = appendString(b, string(s.Kind))
	b = appendKey(b, ',', "name")
	b = appendString(b, s.Name)
	b = appendKey(b, ',', "status")
	b = appendString(b, string(s.Status))
	b = appendKey(b, ',', "started")
	b = appendTime(b, s.Started)
	b = appendKey(b, ',', "durationMs")
	b = appendFloat(b, s.DurationMs)
	b = appendOptionalString(b, "args", s.Args)
	b = appendOptionalString(b, "error", s.Error)
	b = appendOptionalString(b, "replayOf", s.ReplayOf)
	b = appendOptionalInt(b, "console", int64(s.Console))
	b = appendOptionalInt(b, "requests", int64(s.Requests))
	b = appendOptionalInt(b, "kv", int64(s.KV))
	b = appendOptionalInt(b, "notifications", int64(s.Notifications))
	return append(b, '}')
}

func (e *Error) appendJSON(b []byte) []byte {
	b = append(b, '{')
	if e.Name != "" {
		b = appendKey(b, 0, "name")
		b = appendString(b, e.Name)
		b = append(b, ',')
	}
	b = appendKey(b, 0, "message")
	b = appendString(b, e.Message)
	b = appendOptionalString(b, "code", e.Code)
	b = appendOptionalString(b, "stack", e.Stack)
	b = appendOptionalString(b, "file", e.File)
	b = appendOptionalInt(b, "line", int64(e.Line))
	b = appendOptionalInt(b, "column", int64(e.Column))
	return append(b, '}')
}

func (l *ConsoleLine) appendJSON(b []byte) []byte {
	b = appendKey(b, '{', "level")
	b = appendString(b, l.Level)
	b = appendKey(b, ',', "text")
	b = appendString(b, l.Text)
	b = appendKey(b, ',', "atMs")
	b = appendFloat(b, l.AtMs)
	return append(b, '}')
}

func (r *Request) appendJSON(b []byte) []byte {
	b = appendKey(b, '{', "method")
	b = appendString(b, r.Method)
	b = appendKey(b, ',', "url")
	b = appendString(b, r.URL)
	if len(r.RequestHeaders) > 0 {
		b = appendKey(b, ',', "requestHeaders")
		b = appendHeaders(b, r.RequestHeaders)
	}
	b = appendOptionalString(b, "requestBody", r.RequestBody)
	b = appendKey(b, ',', "status")
	b = strconv.AppendInt(b, int64(r.Status), 10)
	if len(r.ResponseHeaders) > 0 {
		b = appendKey(b, ',', "responseHeaders")
		b = appendHeaders(b, r.ResponseHeaders)
	}
	b = appendOptionalString(b, "responseBody", r.ResponseBody)
	b = appendKey(b, ',', "source")
	b = appendString(b, r.Source)
	b = appendOptionalString(b, "error", r.Error)
	if r.Truncated {
		b = appendKey(b, ',', "truncated")
		b = append(b, "true"...)
	}
	b = appendKey(b, ',', "atMs")
	b = appendFloat(b, r.AtMs)
	b = appendKey(b, ',', "durationMs")
	b = appendFloat(b, r.DurationMs)
	return append(b, '}')
}

func (o *KVOperation) appendJSON(b []byte) []byte {
	b = appendKey(b, '{', "op")
	b = appendString(b, o.Op)
	b = appendKey(b, ',', "key")
	b = appendString(b, o.Key)
	b = appendOptionalRaw(b, "value", o.Value)
	b = appendKey(b, ',', "atMs")
	b = appendFloat(b, o.AtMs)
	return append(b, '}')
}

func (n *Notification) appendJSON(b []byte) []byte {
	b = appendKey(b, '{', "type")
	b = appendString(b, n.Type)
	b = appendOptionalRaw(b, "detail", n.Detail)
	b = appendKey(b, ',', "atMs")
	b = appendFloat(b, n.AtMs)
	return append(b, '}')
}

func (w *World) appendJSON(b []byte) []byte {
	b = append(b, '{')
	start := len(b)
	if w.Origin != 0 {
		b = appendKey(b, 0, "origin")
		b = strconv.AppendInt(b, w.Origin, 10)
	}
	if len(w.Clock) > 0 {
		b = appendKey(b, separator(len(b) > start), "clock")
		b = append(b, '[')
		for i, t := range w.Clock {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, t, 10)
		}
		b = append(b, ']')
	}
	if w.ClockTruncated {
		b = appendKey(b, separator(len(b) > start), "clockTruncated")
		b = append(b, "true"...)
	}
	if w.Seed != "" {
		b = appendKey(b, separator(len(b) > start), "seed")
		b = appendString(b, w.Seed)
	}
	return append(b, '}')
}

// separator is the comma before a field when another precedes it.
func separator(after bool) byte {
	if after {
		return ','
	}
	return 0
}

// appendKey appends sep (none when 0) and "key":. Keys are the field tags above, which need no
// escaping.
func appendKey(b []byte, sep byte, key string) []byte {
	if sep != 0 {
		b = append(b, sep)
	}
	b = append(b, '"')
	b = append(b, key...)
	return append(b, '"', ':')
}

// appendOptionalString appends ,"key":"s" unless s is empty: a field tagged omitempty that is
// never the first of its object.
func appendOptionalString(b []byte, key, s string) []byte {
	if s == "" {
		return b
	}
	b = appendKey(b, ',', key)
	return appendString(b, s)
}

// appendOptionalInt appends ,"key":n unless n is 0, as appendOptionalString does.
func appendOptionalInt(b []byte, key string, n int64) []byte {
	if n == 0 {
		return b
	}
	b = appendKey(b, ',', key)
	return strconv.AppendInt(b, n, 10)
}

// appendOptionalRaw appends ,"key":raw unless raw is empty, as appendOptionalString does.
func appendOptionalRaw(b []byte, key string, raw json.RawMessage) []byte {
	if len(raw) == 0 {
		return b
	}
	b = appendKey(b, ',', key)
	return appendRaw(b, raw)
}

// appendList appends items as a JSON array; a nil slice is null, as encoding/json has it.
func appendList[T any](b []byte, items []T, appendItem func(*T, []byte) []byte) []byte {
	if items == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range items {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendItem(&items[i], b)
	}
	return append(b, ']')
}

// appendHeaders appends a header map as an object with its names in order.
func appendHeaders(b []byte, headers map[string]string) []byte {
	names := make([]string, 0, len(headers))
	for name := range headers {
		names = append(names, name)
	}
	slices.Sort(names)
	b = append(b, '{')
	for i, name := range names {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, name)
		b = append(b, ':')
		b = appendString(b, headers[name])
	}
	return append(b, '}')
}

// appendRaw appends JSON the call was given. It is checked, since one malformed value would
// make the whole record unreadable; what is not JSON is kept as a string of its bytes.
func appendRaw(b []byte, raw json.RawMessage) []byte {
	if json.Valid(raw) {
		return append(b, raw...)
	}
	return appendString(b, string(raw))
}

// appendTime appends t as RFC 3339 with as many fractional digits as it needs.
func appendTime(b []byte, t time.Time) []byte {
	b = append(b, '"')
	b = t.AppendFormat(b, time.RFC3339Nano)
	return append(b, '"')
}

// appendFloat appends f in decimal notation, switching to an exponent only for magnitudes
// decimals would spell out at length. JSON has no NaN or infinity; they are written as 0.
func appendFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, '0')
	}
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		return strconv.AppendFloat(b, f, 'e', -1, 64)
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string. Quotes, backslashes and control characters are
// escaped; bytes that are not UTF-8 become U+FFFD, so the output is always valid JSON.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	plain := 0 // start of the bytes not yet appended
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				b = append(b, s[plain:i]...)
				b = append(b, `\ufffd`...)
				plain = i + 1
			}
			i += size
			continue
		}
		if c >= ' ' && c != '"' && c != '\\' {
			i++
			continue
		}
		b = append(b, s[plain:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
		}
		i++
		plain = i
	}
	b = append(b, s[plain:]...)
	return append(b, '"')
}
