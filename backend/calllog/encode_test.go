package calllog

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"testing"
	"time"
)

// reflectedCall and reflectedSummary have the fields and tags of Call and Summary without
// their MarshalJSON methods, so encoding/json encodes them by reflection: the reference the
// hand-written encoder is held to.
type (
	reflectedCall    Call
	reflectedSummary Summary
)

// sameJSON fails t unless ours is valid JSON decoding to the same value as want.
func sameJSON(t *testing.T, ours, want []byte) {
	t.Helper()
	if !json.Valid(ours) {
		t.Fatalf("not valid JSON: %s", ours)
	}
	got, expected := decodeNumbers(t, ours), decodeNumbers(t, want)
	if !reflect.DeepEqual(got, expected) {
		t.Fatalf("encoded\n%s\nencoding/json gives\n%s", ours, want)
	}
}

// decodeNumbers decodes raw with its numbers as float64 where a float64 holds them and as
// their text where one does not (raw JSON an app sent may hold any number).
func decodeNumbers(t *testing.T, raw []byte) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatal(err)
	}
	var walk func(v any) any
	walk = func(v any) any {
		switch v := v.(type) {
		case json.Number:
			if f, err := v.Float64(); err == nil {
				return f
			}
			return v.String()
		case []any:
			for i := range v {
				v[i] = walk(v[i])
			}
		case map[string]any:
			for k := range v {
				v[k] = walk(v[k])
			}
		}
		return v
	}
	return walk(v)
}

func encodedBoth(t *testing.T, c Call) {
	t.Helper()
	want, err := json.Marshal(reflectedCall(c))
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, c.AppendJSON(nil), want)

	s := Summarize(c)
	want, err = json.Marshal(reflectedSummary(s))
	if err != nil {
		t.Fatal(err)
	}
	ours, _ := s.MarshalJSON()
	sameJSON(t, ours, want)
}

func TestCallsEncodeAsEncodingJSONEncodesThem(t *testing.T) {
	started := time.Date(2026, 12, 4, 9, 30, 15, 123456789, time.UTC)
	calls := map[string]Call{
		"empty": {},
		"trivial": {ID: "000000000001", Kind: KindServerFunction, Name: "trivial.server",
			Args: json.RawMessage(`["Ada"]`), Result: json.RawMessage(`{"greeting":"Hello Ada"}`),
			Status: StatusOK, Started: started, DurationMs: 0.412,
			Console:  []ConsoleLine{{Level: "log", Text: "hello Ada", AtMs: 0.05}},
			Requests: []Request{}},
		"everything": {ID: "000000000042", Parent: "000000000041", Kind: KindWebhook,
			Name: "hook\t\"quoted\"\n", Args: json.RawMessage(` { "a" : [1, 2.5e3, null] } `),
			Error: &Error{Name: "TypeError", Message: "x is <undefined> & more", Code: "E1",
				Stack: "at f (src/a.ts:3:7)\n", File: "src/a.ts", Line: 3, Column: 7},
			Status: StatusError, Started: started.In(time.FixedZone("X", 3600)),
			DurationMs: 1e21, Console: []ConsoleLine{{Level: "warn", Text: "ünïcødé \u2028 \x01",
				AtMs: 1e-7}},
			Requests: []Request{{Method: "POST", URL: "https://api.example.com/v1?q=a&b=c",
				RequestHeaders: map[string]string{"b": "2", "a": "1", "Content-Type": "json"},
				RequestBody:    `{"x":1}`, Status: 201, ResponseHeaders: map[string]string{"z": ""},
				ResponseBody: "bytes \xff\xfe not utf-8", Source: "mock", Error: "boom",
				Truncated: true, AtMs: 3, DurationMs: 12.5}},
			KV: []KVOperation{{Op: "set", Key: "k", Value: json.RawMessage(`{"v":true}`), AtMs: 1},
				{Op: "delete", Key: "gone", AtMs: 2}},
			Notifications: []Notification{{Type: "toast", Detail: json.RawMessage(`{"title":"Hi"}`),
				AtMs: 4}, {Type: "hide"}},
			ReplayOf: "000000000040", ReplayMode: ReplayDeterministic,
			World: &World{Origin: 1764840615000000, Clock: []int64{1, 2, 3}, ClockTruncated: true,
				Seed: "00ff"}},
		"error without a name":      {Error: &Error{Message: "plain"}, World: &World{}},
		"negative and tiny numbers": {DurationMs: -0.000000123, Console: []ConsoleLine{}},
		"world with a seed only":    {World: &World{Seed: "ab"}},
	}
	for name, c := range calls {
		t.Run(name, func(t *testing.T) { encodedBoth(t, c) })
	}
}

func TestJSONThatIsNotJSONIsKeptAsAString(t *testing.T) {
	c := Call{ID: "1", Args: json.RawMessage(`{"broken":`), Result: json.RawMessage("\xff")}
	var back Call
	if err := json.Unmarshal(c.AppendJSON(nil), &back); err != nil {
		t.Fatalf("a call with malformed arguments could not be read back: %v", err)
	}
	var args string
	if err := json.Unmarshal(back.Args, &args); err != nil || args != `{"broken":` {
		t.Errorf("arguments read back as %s, want the malformed text as a string", back.Args)
	}
}

func TestNumbersJSONCannotHoldAreWrittenAsZero(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		c := Call{DurationMs: f}
		var back Call
		if err := json.Unmarshal(c.AppendJSON(nil), &back); err != nil || back.DurationMs != 0 {
			t.Errorf("duration %v read back as %v (%v), want 0", f, back.DurationMs, err)
		}
	}
}

func FuzzCallEncoding(f *testing.F) {
	f.Add("trivial.server", "hello Ada", `["Ada"]`, "Content-Type", 0.412, int64(7))
	f.Add("a\"b\\c", "\x00\x1f\u2028\xff", `{"a":[1,2]}`, "", -1e-9, int64(-1))
	f.Fuzz(func(t *testing.T, name, text, raw, header string, ms float64, n int64) {
		c := Call{ID: name, Parent: text, Kind: Kind(text), Name: name, Args: json.RawMessage(raw),
			Result: json.RawMessage(raw), Status: Status(name), DurationMs: ms,
			Started: time.Unix(n%(1<<40), n%1e9).UTC(),
			Console: []ConsoleLine{{Level: name, Text: text, AtMs: ms}},
			Requests: []Request{{Method: name, URL: text, RequestHeaders: map[string]string{header: text},
				Status: int(n % 1000), ResponseBody: text, AtMs: ms}},
			KV:            []KVOperation{{Op: name, Key: text, Value: json.RawMessage(raw)}},
			Notifications: []Notification{{Type: text, Detail: json.RawMessage(raw)}},
			Error:         &Error{Name: name, Message: text, Line: int(n % 1000)},
			World:         &World{Origin: n, Clock: []int64{n, -n}, Seed: text}}
		ours := c.AppendJSON(nil)
		if !json.Valid(ours) {
			t.Fatalf("not valid JSON: %q", ours)
		}
		if math.IsNaN(ms) || math.IsInf(ms, 0) || !json.Valid([]byte(raw)) {
			return // encoding/json refuses these; the test above shows how they are written
		}
		encodedBoth(t, c)
	})
}
