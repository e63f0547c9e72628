// Package appsettings keeps the values of an app's workspace settings in the app's data file:
// what the settings page saves and what server and client code read with the SDK's
// workspace-settings functions. Values are strings, numbers and booleans, or null for unset.
//
// When the app's settings schema is known, keys and types are checked against it and every
// schema key is listed (null until set); without one, any key is accepted.
package appsettings

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"attio-studio/backend/store"
)

const bucket = "workspace_settings"

// Type is the type of a setting, as the SDK's schema nodes name them.
type Type string

// The setting types of the SDK's settings schema.
const (
	String  Type = "string"
	Number  Type = "number"
	Boolean Type = "boolean"
)

// Schema maps each setting key to its type.
type Schema map[string]Type

// ErrUnknownSetting is wrapped by errors about a key the schema does not have.
var ErrUnknownSetting = errors.New("unknown workspace setting")

// ErrWrongType is wrapped by errors about a value of the wrong type.
var ErrWrongType = errors.New("wrong type for a workspace setting")

// Store holds one app's workspace-settings values. It is safe for concurrent use; SetSchema may
// be called while others read and write.
type Store struct {
	st *store.Store

	mu     sync.RWMutex
	schema Schema
}

// New returns the settings kept in st, checked against schema (nil: not known).
func New(st *store.Store, schema Schema) *Store {
	return &Store{st: st, schema: schema}
}

// SetSchema replaces the schema, as when the app's settings file changes. Values stored under
// keys the new schema lacks are kept, and come back if the key does.
func (s *Store) SetSchema(schema Schema) {
	s.mu.Lock()
	s.schema = schema
	s.mu.Unlock()
}

func (s *Store) currentSchema() Schema {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.schema
}

// Get returns the JSON value of key, "null" when it has none.
func (s *Store) Get(ctx context.Context, key string) (json.RawMessage, error) {
	if _, err := s.typeOf(key); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var value json.RawMessage
	err := s.st.View(func(tx *store.Tx) error {
		value = append(json.RawMessage(nil), tx.GetRaw(bucket, key)...)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read workspace setting %q: %w", key, err)
	}
	if len(value) == 0 {
		return json.RawMessage("null"), nil
	}
	return value, nil
}

// All returns every setting: each schema key (null when unset) and, without a schema, every
// stored one.
func (s *Store) All(ctx context.Context) (map[string]json.RawMessage, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	schema := s.currentSchema()
	out := map[string]json.RawMessage{}
	for k := range schema {
		out[k] = json.RawMessage("null")
	}
	err := s.st.View(func(tx *store.Tx) error {
		return tx.ForEach(bucket, func(key string, raw []byte) error {
			if _, known := schema[key]; schema == nil || known {
				out[key] = append(json.RawMessage(nil), raw...)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read the workspace settings: %w", err)
	}
	return out, nil
}

// Set stores value (JSON) under key; "null" clears it.
func (s *Store) Set(ctx context.Context, key string, value json.RawMessage) error {
	want, err := s.typeOf(key)
	if err != nil {
		return err
	}
	got, err := typeOfValue(value)
	if err != nil {
		return fmt.Errorf("workspace setting %q: %w", key, err)
	}
	if got != "" && want != "" && got != want {
		return fmt.Errorf("workspace setting %q is a %s, so it cannot be set to the %s %s: %w",
			key, want, got, value, ErrWrongType)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	err = s.st.Update(func(tx *store.Tx) error {
		if got == "" {
			return tx.Delete(bucket, key)
		}
		return tx.PutRaw(bucket, key, value)
	})
	if err != nil {
		return fmt.Errorf("save workspace setting %q: %w", key, err)
	}
	return nil
}

// typeOf checks key and returns its schema type ("" without a schema).
func (s *Store) typeOf(key string) (Type, error) {
	if key == "" {
		return "", fmt.Errorf("a workspace setting needs a key: %w", ErrUnknownSetting)
	}
	schema := s.currentSchema()
	if schema == nil {
		return "", nil
	}
	t, ok := schema[key]
	if !ok {
		keys := make([]string, 0, len(schema))
		for k := range schema {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		return "", fmt.Errorf("the app's settings schema has no workspace setting %q (it has %s): %w",
			key, orNone(keys), ErrUnknownSetting)
	}
	return t, nil
}

func orNone(keys []string) string {
	if len(keys) == 0 {
		return "none"
	}
	return strings.Join(keys, ", ")
}

// typeOfValue returns the type of a JSON scalar, "" for null.
func typeOfValue(value json.RawMessage) (Type, error) {
	var v any
	if err := json.Unmarshal(value, &v); err != nil {
		return "", fmt.Errorf("the value is not JSON: %w", err)
	}
	switch v.(type) {
	case nil:
		return "", nil
	case string:
		return String, nil
	case float64:
		return Number, nil
	case bool:
		return Boolean, nil
	}
	return "", fmt.Errorf("a value must be a string, a number, a boolean or null, not %s: %w",
		value, ErrWrongType)
}
