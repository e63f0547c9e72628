package base64

import (
	"errors"
	"testing"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		in, want string
		err      bool
	}{
		{"", "", false},
		{"Zm9v", "foo", false},
		{"Zm8=", "fo", false},
		{"Zm8", "fo", false},
		{"Zg==", "f", false},
		{"Zg", "f", false},
		{" Z m\t9\nv\f\r", "foo", false},
		{"//4=", "\u00ff\u00fe", false},
		{"Zh==", "f", false}, // non-zero trailing bits are forgiven
		{"Z", "", true},
		{"Zm9v=", "", true},
		{"Zg===", "", true},
		{"Zm9v!", "", true},
		{"Zm-_", "", true}, // base64url is not base64
		{"=Zm9", "", true},
	}
	for _, tt := range tests {
		got, err := Decode(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("Decode(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.err)
		}
		if err != nil && !errors.Is(err, ErrInvalidCharacter) {
			t.Errorf("Decode(%q) error %v is not ErrInvalidCharacter", tt.in, err)
		}
	}
}

func TestEncode(t *testing.T) {
	tests := []struct {
		in, want string
		err      bool
	}{
		{"", "", false},
		{"foo", "Zm9v", false},
		{"\u00ff\u00fe", "//4=", false},
		{"€", "", true},
		{"a\U0001F600", "", true},
	}
	for _, tt := range tests {
		got, err := Encode(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("Encode(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}
