package webhooks

import (
	"net/http"
	"strings"
	"testing"
)

func TestSigning(t *testing.T) {
	// Computed apart from this code: printf '{"a":1}' | openssl dgst -sha256 -hmac s3cret
	const (
		opensslHex    = "5910e62016ef5034272c926c27071992a465c2335cecf41851bda071577f4f6d"
		opensslBase64 = "WRDmIBbvUDQnLJJsJwcZkqRlwjNc7PQYUb2gcVd/T20="
	)
	tests := []struct {
		name string
		s    Signing
		want string
	}{
		{"hex by default", Signing{Header: "X-Sig", Secret: "s3cret"}, opensslHex},
		{"base64 with a prefix", Signing{Header: "X-Sig", Secret: "s3cret",
			Encoding: EncodingBase64, Prefix: "sha256="}, "sha256=" + opensslBase64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.s.Validate(); err != nil {
				t.Fatal(err)
			}
			h := http.Header{"X-Sig": {"stale"}}
			tt.s.Apply(h, []byte(`{"a":1}`))
			if got := h.Values("X-Sig"); len(got) != 1 || got[0] != tt.want {
				t.Errorf("X-Sig = %v, want [%s]", got, tt.want)
			}
		})
	}
}

func TestSigningValidate(t *testing.T) {
	tests := []struct {
		s    Signing
		want string
	}{
		{Signing{Secret: "s"}, `signing header ""`},
		{Signing{Header: "X Sig", Secret: "s"}, `signing header "X Sig"`},
		{Signing{Header: "X-Sig"}, "secret is empty"},
		{Signing{Header: "X-Sig", Secret: "s", Encoding: "base32"}, `encoding "base32"`},
		{Signing{Header: "X-Sig", Secret: "s", Prefix: "a\nb"}, "line break"},
	}
	for _, tt := range tests {
		if err := tt.s.Validate(); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%+v: err = %v, want %q", tt.s, err, tt.want)
		}
	}
}
