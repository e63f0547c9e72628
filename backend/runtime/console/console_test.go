package console

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCapLine(t *testing.T) {
	long := strings.Repeat("é", MaxLineBytes) // two bytes each
	got := capLine(long)
	if !utf8.ValidString(got) || !strings.HasSuffix(got, "more bytes)") || len(got) > MaxLineBytes+40 {
		t.Errorf("capped line: %d bytes, valid=%v, ends %q", len(got), utf8.ValidString(got), got[len(got)-20:])
	}
	if capLine("short") != "short" {
		t.Error("short line changed")
	}
}

func TestSinkWithoutRecorderIsSafe(t *testing.T) {
	Sink{}.Write("weird-level", "x") // nil recorder and logger: nothing to do, no panic
}
