package workspace

import (
	"encoding/json"
	"fmt"
	"time"
)

// timeLayout is how Attio writes instants: UTC with nine fractional digits.
const timeLayout = "2006-01-02T15:04:05.000000000Z"

// Timestamp is an instant that encodes to JSON the way Attio's API writes it
// ("2022-11-21T13:22:49.061281000Z").
type Timestamp struct{ time.Time }

// At wraps t, dropping its monotonic reading and location so equal instants compare equal.
func At(t time.Time) Timestamp { return Timestamp{t.UTC().Round(0)} }

// String is the Attio form of the instant.
func (t Timestamp) String() string { return t.UTC().Format(timeLayout) }

// MarshalJSON writes the Attio form.
func (t Timestamp) MarshalJSON() ([]byte, error) { return json.Marshal(t.String()) }

// UnmarshalJSON reads any RFC 3339 instant.
func (t *Timestamp) UnmarshalJSON(raw []byte) error {
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return fmt.Errorf("decode timestamp: %w", err)
	}
	parsed, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return fmt.Errorf("decode timestamp: %w", err)
	}
	*t = At(parsed)
	return nil
}

// parseInstant reads an ISO 8601 timestamp, or a date as its midnight UTC.
func parseInstant(s string) (Timestamp, bool) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		t, err = time.Parse(time.DateOnly, s)
	}
	return At(t), err == nil
}
