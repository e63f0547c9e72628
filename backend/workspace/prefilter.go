package workspace

import (
	"bytes"
	"strings"
)

// Most rows of a filtered query fail it, and most fail a text test. A value can only pass
// $eq "Grace", $contains "cto", $starts_with or $ends_with if the row holds that text in some
// case, which a byte search finds without decoding the row.

// requiredText is the text (lowercase) a value must contain to pass op with arg, or "".
func requiredText(op string, arg any) string {
	switch op {
	case "$eq", "$contains", "$starts_with", "$ends_with":
		if s, ok := arg.(string); ok {
			return strings.ToLower(s)
		}
	}
	return ""
}

// Outside ASCII only the Kelvin sign and the long s fold to ASCII letters (k and s); a row
// holding one of them might match a needle that the byte search would miss.
var (
	kelvin = []byte("\u212a")
	longS  = []byte("\u017f")
)

// needle is text a matching value must contain, lowercase, with what checking it needs.
type needle struct {
	text string
	// exact is false when the text is not ASCII: a byte search cannot rule a row out.
	exact bool
	// foldsWide is true when the text has a k or an s, which the Kelvin sign and the long s
	// also fold to.
	foldsWide bool
}

func newNeedle(text string) needle {
	n := needle{text: text, exact: true, foldsWide: strings.ContainsAny(text, "ks")}
	for i := 0; i < len(text); i++ {
		if text[i] >= 0x80 {
			n.exact = false
		}
	}
	return n
}

// mayContainAll reports whether raw might hold every needle, ignoring case. False is certain;
// true means the row must be decoded to know.
func mayContainAll(raw []byte, needles []needle) bool {
	for _, n := range needles {
		if !n.mayBeIn(raw) {
			return false
		}
	}
	return true
}

func (n needle) mayBeIn(raw []byte) bool {
	if !n.exact || containsFoldASCII(raw, n.text) {
		return true
	}
	return n.foldsWide && (bytes.Contains(raw, kelvin) || bytes.Contains(raw, longS))
}

// mayContain reports whether raw might hold text (lowercase), ignoring case.
func mayContain(raw []byte, text string) bool { return newNeedle(text).mayBeIn(raw) }
