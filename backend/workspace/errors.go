package workspace

import (
	"errors"
	"fmt"
)

// ErrNotFound is wrapped by every error about an object, attribute, record, member or
// connection that does not exist. Test for it with errors.Is.
var ErrNotFound = errors.New("not found")

// NotFoundError names what was looked for and not found. It matches ErrNotFound.
type NotFoundError struct {
	// Kind is what was looked for: "object", "attribute", "record", "connection", ...
	Kind string
	// Key is the slug or id that was looked up.
	Key string
}

// Error reads `record "abc" not found`.
func (e *NotFoundError) Error() string { return fmt.Sprintf("%s %q not found", e.Kind, e.Key) }

// Is makes errors.Is(err, ErrNotFound) true.
func (e *NotFoundError) Is(target error) bool { return target == ErrNotFound }

func notFound(kind, key string) error { return &NotFoundError{Kind: kind, Key: key} }

// ValidationError says a value written to an attribute (or a filter or sort on it) is not one
// Attio would accept. Attribute is the slug the caller used; Message says what was wrong.
type ValidationError struct {
	Attribute string
	Message   string
}

// Error reads "attribute: message".
func (e *ValidationError) Error() string {
	if e.Attribute == "" {
		return e.Message
	}
	return e.Attribute + ": " + e.Message
}

func invalid(attribute, format string, args ...any) error {
	return &ValidationError{Attribute: attribute, Message: fmt.Sprintf(format, args...)}
}

// ConflictError says a write would give a unique attribute (emails, domains) a value another
// record already has.
type ConflictError struct {
	Attribute string
	Value     string
	// RecordID is the record that already has the value.
	RecordID string
	// EntryID, for a list's attribute, is the entry that already has the value.
	EntryID string
}

// Error names the attribute, the value and the record or entry that has it.
func (e *ConflictError) Error() string {
	owner := "record " + e.RecordID
	if e.EntryID != "" {
		owner = "entry " + e.EntryID
	}
	return fmt.Sprintf("%s: %q is already used by %s, and this attribute must be unique",
		e.Attribute, e.Value, owner)
}

func ignoreNotFound(err error) error {
	if errors.Is(err, ErrNotFound) {
		return nil
	}
	return err
}
