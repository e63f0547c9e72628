package calllog

import "testing"

func TestPageKinds(t *testing.T) {
	tests := []struct {
		kind  string
		label string
		page  bool
	}{
		{"record-action", "record action", true},
		{"bulk-record-action", "bulk record action", true},
		{"widget", "record widget", true},
		{"record-tab", "record tab", true},
		{"object-action", "object action", true},
		{"call-recording-text-action", "call-recording text action", true},
		{"server-function", "server function", false},
		{"webhook", "webhook", false},
		{"query", "query", false},
		{"made-up", "made-up", false},
	}
	for _, tt := range tests {
		k, err := PageKind(tt.kind)
		if (err == nil) != tt.page || (tt.page && k != Kind(tt.kind)) {
			t.Errorf("PageKind(%q) = %q, %v; want accepted: %v", tt.kind, k, err, tt.page)
		}
		if got := Kind(tt.kind).Label(); got != tt.label {
			t.Errorf("Kind(%q).Label() = %q, want %q", tt.kind, got, tt.label)
		}
	}
}
