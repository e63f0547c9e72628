package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"strings"
)

// Signing says how to sign a request body the way third parties sign their webhook calls:
// HMAC-SHA256 of the raw body with Secret, written as Prefix + the digest in Encoding into the
// header Header. A handler that checks signatures can then be tested without the third party.
type Signing struct {
	Header   string `json:"header"`             // e.g. "X-Signature"
	Secret   string `json:"secret"`             // the shared secret
	Encoding string `json:"encoding,omitempty"` // "hex" (the default) or "base64"
	Prefix   string `json:"prefix,omitempty"`   // written before the digest, e.g. "sha256="
}

// Signature encodings.
const (
	EncodingHex    = "hex"
	EncodingBase64 = "base64"
)

// Validate reports the first field that makes the signing unusable, naming it.
func (s Signing) Validate() error {
	if s.Header == "" || !validToken(s.Header) {
		return fmt.Errorf("signing header %q is not a header name, such as X-Signature", s.Header)
	}
	if s.Secret == "" {
		return errors.New("signing secret is empty")
	}
	if s.Encoding != "" && s.Encoding != EncodingHex && s.Encoding != EncodingBase64 {
		return fmt.Errorf("signing encoding %q must be %q or %q", s.Encoding, EncodingHex,
			EncodingBase64)
	}
	if strings.ContainsAny(s.Prefix, "\r\n\x00") {
		return errors.New("signing prefix has a line break")
	}
	return nil
}

// Sign returns the header value for body: Prefix followed by the encoded HMAC-SHA256 digest.
func (s Signing) Sign(body []byte) string {
	mac := hmac.New(sha256.New, []byte(s.Secret))
	mac.Write(body)
	sum := mac.Sum(nil)
	if s.Encoding == EncodingBase64 {
		return s.Prefix + base64.StdEncoding.EncodeToString(sum)
	}
	return s.Prefix + hex.EncodeToString(sum)
}

// Apply sets the signature header of body on h, replacing any earlier signature, so a body
// that changed since it was signed is signed again.
func (s Signing) Apply(h http.Header, body []byte) {
	h.Set(s.Header, s.Sign(body))
}

// validToken reports whether name is an HTTP token (a header name or a method).
func validToken(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range []byte(name) {
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`"(),/:;<=>?@[\]{}`, c) >= 0 {
			return false
		}
	}
	return true
}
