// Package encoding gives the server runtime TextEncoder and TextDecoder (UTF-8 only).
package encoding

import (
	"errors"
	"unicode/utf16"
	"unicode/utf8"
)

// ErrInvalid is returned by Decode in fatal mode for bytes that are not UTF-8.
var ErrInvalid = errors.New("the encoded data was not valid for encoding utf-8")

// Encode returns s as UTF-8. Strings coming from JavaScript have already had lone surrogates
// replaced by U+FFFD, which is what the Encoding standard asks for.
func Encode(s string) []byte { return []byte(s) }

// Decode turns UTF-8 bytes into a string as TextDecoder does: a leading byte-order mark is
// dropped unless ignoreBOM, and each maximal invalid subsequence becomes one U+FFFD (or, when
// fatal, an ErrInvalid).
func Decode(b []byte, fatal, ignoreBOM bool) (string, error) {
	if !ignoreBOM && len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		b = b[3:]
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	if fatal {
		return "", ErrInvalid
	}
	out := make([]byte, 0, len(b)+8)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 {
			size = invalidPrefix(b)
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, b[:size]...)
		}
		b = b[size:]
	}
	return string(out), nil
}

// Incomplete returns how many bytes at the end of b begin a UTF-8 sequence that more bytes could
// still complete: a streaming decoder holds them back for the next chunk instead of turning them
// into U+FFFD.
func Incomplete(b []byte) int {
	for n := 1; n <= 3 && n <= len(b); n++ {
		start := len(b) - n
		lead := b[start]
		if lead < 0xC2 || lead > 0xF4 {
			if lead >= 0x80 && lead <= 0xBF {
				continue // a continuation byte: the lead may be further back
			}
			return 0
		}
		need := 1
		if lead >= 0xF0 {
			need = 3
		} else if lead >= 0xE0 {
			need = 2
		}
		if n <= need && invalidPrefix(b[start:]) == n {
			return n
		}
		return 0
	}
	return 0
}

// invalidPrefix returns how many bytes at the start of b form one maximal subpart of an
// ill-formed sequence: a valid lead byte followed by the valid continuation bytes that came
// before the sequence broke off (at least 1).
func invalidPrefix(b []byte) int {
	lead := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case lead >= 0xC2 && lead <= 0xDF:
		need = 1
	case lead >= 0xE0 && lead <= 0xEF:
		need = 2
		if lead == 0xE0 {
			lo = 0xA0
		} else if lead == 0xED {
			hi = 0x9F
		}
	case lead >= 0xF0 && lead <= 0xF4:
		need = 3
		if lead == 0xF0 {
			lo = 0x90
		} else if lead == 0xF4 {
			hi = 0x8F
		}
	default:
		return 1
	}
	n := 1
	for n <= need && n < len(b) {
		if b[n] < lo || b[n] > hi {
			break
		}
		lo, hi = 0x80, 0xBF // only the first continuation byte has a narrowed range
		n++
	}
	return n
}

// EncodeInto writes as many whole characters of s as fit into dst and returns how many UTF-16
// code units of s it read and how many bytes it wrote, as TextEncoder.encodeInto reports.
func EncodeInto(s string, dst []byte) (read, written int) {
	for _, r := range s {
		size := utf8.RuneLen(r)
		if size < 0 {
			r, size = utf8.RuneError, 3
		}
		if written+size > len(dst) {
			break
		}
		utf8.EncodeRune(dst[written:], r)
		written += size
		read += len(utf16.Encode([]rune{r}))
	}
	return read, written
}
