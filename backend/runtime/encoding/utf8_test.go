package encoding

import (
	"errors"
	"testing"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name             string
		in               []byte
		fatal, ignoreBOM bool
		want             string
		wantErr          error
	}{
		{name: "ascii", in: []byte("hi"), want: "hi"},
		{name: "multibyte", in: []byte("é€😀"), want: "é€😀"},
		{name: "BOM dropped", in: []byte("\xEF\xBB\xBFx"), want: "x"},
		{name: "BOM kept", in: []byte("\xEF\xBB\xBFx"), ignoreBOM: true, want: "\uFEFFx"},
		{name: "lone continuation", in: []byte("a\x80b"), want: "a\uFFFDb"},
		{name: "truncated 3-byte sequence is one replacement", in: []byte("\xE2\x82"), want: "\uFFFD"},
		{name: "truncated then valid", in: []byte("\xF0\x9F\x98x"), want: "\uFFFDx"},
		{name: "surrogate encoding is invalid byte by byte", in: []byte("\xED\xA0\x80"), want: "\uFFFD\uFFFD\uFFFD"},
		{name: "overlong", in: []byte("\xC0\xAF"), want: "\uFFFD\uFFFD"},
		{name: "fatal", in: []byte("a\xFF"), fatal: true, wantErr: ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.in, tt.fatal, tt.ignoreBOM)
			if !errors.Is(err, tt.wantErr) || got != tt.want {
				t.Errorf("Decode(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestEncodeInto(t *testing.T) {
	tests := []struct {
		in                  string
		size                int
		wantRead, wantWrote int
	}{
		{"abc", 10, 3, 3},
		{"abc", 2, 2, 2},
		{"é", 1, 0, 0},  // a character never splits
		{"😀x", 4, 2, 4}, // one astral character is two UTF-16 units
		{"a😀", 4, 1, 1},
	}
	for _, tt := range tests {
		dst := make([]byte, tt.size)
		read, wrote := EncodeInto(tt.in, dst)
		if read != tt.wantRead || wrote != tt.wantWrote {
			t.Errorf("EncodeInto(%q, %d bytes) = %d, %d; want %d, %d", tt.in, tt.size, read, wrote,
				tt.wantRead, tt.wantWrote)
		}
	}
}

func TestIncomplete(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want int
	}{
		{"empty", nil, 0},
		{"ascii", []byte("ab"), 0},
		{"complete euro", []byte("a€"), 0},
		{"one byte of three", []byte{'a', 0xE2}, 1},
		{"two bytes of three", []byte{'a', 0xE2, 0x82}, 2},
		{"three bytes of four", []byte{0xF0, 0x9F, 0x98}, 3},
		{"a stray continuation byte", []byte{'a', 0x82}, 0},
		{"an invalid second byte", []byte{0xE0, 0x80}, 0},
		{"a byte that never leads", []byte{0xFF}, 0},
	}
	for _, tt := range tests {
		if got := Incomplete(tt.in); got != tt.want {
			t.Errorf("%s: Incomplete(% x) = %d, want %d", tt.name, tt.in, got, tt.want)
		}
	}
}
