// Package base64 gives the server runtime atob and btoa, with the forgiving decoding and the
// Latin-1 rule of the HTML standard.
package base64

import (
	_ "embed"
	"encoding/base64"
	"errors"
	"strings"
	"unicode/utf8"

	"attio-studio/backend/runtime/dom"
	"attio-studio/backend/runtime/host"
)

//go:embed base64.js
var base64JS string

var shim = host.NewShim("base64.js", base64JS)

// Module installs atob and btoa. Their errors are DOMExceptions, so it needs the dom module.
func Module() host.Module {
	return host.Module{Name: "base64", Globals: []string{"atob", "btoa"},
		Install: func(env *host.Env) error {
			doms, err := dom.Internals(env)
			if err != nil {
				return err
			}
			_, err = shim.Run(env, map[string]any{
				"DOMException": doms.Get("DOMException"),
				// Each returns [result, ok]; the JavaScript side throws the DOMException.
				"atob": func(s string) []any {
					out, err := Decode(s)
					return []any{out, err == nil}
				},
				"btoa": func(s string) []any {
					out, err := Encode(s)
					return []any{out, err == nil}
				},
			})
			return err
		}}
}

// ErrInvalidCharacter is what atob and btoa fail with (an InvalidCharacterError in JavaScript).
var ErrInvalidCharacter = errors.New("invalid character")

// Decode is atob: s is base64, ASCII whitespace ignored and padding optional; the result is a
// "binary string", one character per byte (U+0000 to U+00FF).
func Decode(s string) (string, error) {
	s = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\n', '\f', '\r':
			return -1
		}
		return r
	}, s)
	if len(s)%4 == 0 {
		if strings.HasSuffix(s, "==") {
			s = s[:len(s)-2]
		} else if strings.HasSuffix(s, "=") {
			s = s[:len(s)-1]
		}
	}
	if len(s)%4 == 1 {
		return "", ErrInvalidCharacter
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ||
			c == '+' || c == '/') {
			return "", ErrInvalidCharacter
		}
	}
	raw, err := base64.RawStdEncoding.DecodeString(s)
	if err != nil {
		return "", ErrInvalidCharacter
	}
	runes := make([]rune, len(raw))
	for i, b := range raw {
		runes[i] = rune(b)
	}
	return string(runes), nil
}

// Encode is btoa: each character of s must be U+0000 to U+00FF and stands for one byte.
func Encode(s string) (string, error) {
	raw := make([]byte, 0, len(s))
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if r > 0xFF || (r == utf8.RuneError && size <= 1) {
			return "", ErrInvalidCharacter
		}
		raw = append(raw, byte(r))
		s = s[size:]
	}
	return base64.StdEncoding.EncodeToString(raw), nil
}
