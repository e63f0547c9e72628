// Package kv is the key-value store server code reaches through attio/server's kv (and
// experimental_kv before it): JSON values under string keys, kept in the app's data file, each
// entry optionally expiring after a time to live. The store belongs to the data file, which the
// studio keeps per app, so apps never see each other's entries.
//
// Expiry is measured against an injectable clock. An expired entry reads as missing at once;
// it is removed from the file by the next write or read of its key, or by Purge.
package kv

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"attio-studio/backend/store"
)

const bucket = "kv"

// MaxKeyBytes is the longest key the data file can hold.
const MaxKeyBytes = 32 << 10

// ErrInvalidKey is wrapped by errors about a key that cannot be stored (empty or too long).
var ErrInvalidKey = errors.New("invalid key")

// ErrInvalidValue is wrapped by errors about a value that is not JSON.
var ErrInvalidValue = errors.New("invalid value")

// Options configures a Store.
type Options struct {
	// Now is the clock expiry is measured against; nil means time.Now.
	Now func() time.Time
}

// Store is the key-value store of one data file. It is safe for concurrent use; each operation
// is one transaction of the data file, so a Set is durable when it returns.
type Store struct {
	st  *store.Store
	now func() time.Time
}

// New returns the Store kept in st.
func New(st *store.Store, o Options) *Store {
	if o.Now == nil {
		o.Now = time.Now
	}
	return &Store{st: st, now: o.Now}
}

// entry is how a value is kept in the file.
type entry struct {
	Value     json.RawMessage `json:"value"`
	UpdatedAt time.Time       `json:"updatedAt"`
	ExpiresAt *time.Time      `json:"expiresAt,omitempty"`
}

func (e entry) expired(now time.Time) bool {
	return e.ExpiresAt != nil && !now.Before(*e.ExpiresAt)
}

// Entry is a live entry, as the studio lists them.
type Entry struct {
	Key       string          `json:"key"`
	Value     json.RawMessage `json:"value"`
	UpdatedAt time.Time       `json:"updatedAt"`
	ExpiresAt *time.Time      `json:"expiresAt,omitempty"`
}

// Set stores value (a JSON text) under key. ttl > 0 makes the entry expire that long after now;
// 0 keeps it until deleted. Setting a key replaces its value and its expiry.
func (s *Store) Set(ctx context.Context, key string, value json.RawMessage,
	ttl time.Duration) error {
	if err := checkKey(key); err != nil {
		return err
	}
	if ttl < 0 {
		return fmt.Errorf("kv.set(%q): the time to live %s is negative", key, ttl)
	}
	compact, err := compactJSON(key, value)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	now := s.now().UTC()
	e := entry{Value: compact, UpdatedAt: now}
	if ttl > 0 {
		at := now.Add(ttl)
		e.ExpiresAt = &at
	}
	err = s.st.Update(func(tx *store.Tx) error { return tx.Put(bucket, key, e) })
	if err != nil {
		return fmt.Errorf("kv.set(%q): %w", key, err)
	}
	return nil
}

// Get returns the value of key; found is false when there is none or it has expired.
func (s *Store) Get(ctx context.Context, key string) (value json.RawMessage, found bool,
	err error) {
	if err := checkKey(key); err != nil {
		return nil, false, err
	}
	values, err := s.MGet(ctx, []string{key})
	if err != nil {
		return nil, false, err
	}
	return values[0], values[0] != nil, nil
}

// MGet returns the value of each key, in order; nil for a key with no live value.
func (s *Store) MGet(ctx context.Context, keys []string) ([]json.RawMessage, error) {
	for _, k := range keys {
		if err := checkKey(k); err != nil {
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	now := s.now()
	out := make([]json.RawMessage, len(keys))
	var expired []string
	err := s.st.View(func(tx *store.Tx) error {
		for i, k := range keys {
			var e entry
			found, err := tx.Get(bucket, k, &e)
			if err != nil {
				return err
			}
			if found && e.expired(now) {
				expired = append(expired, k)
				continue
			}
			if found {
				out[i] = e.Value
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read the key-value store: %w", err)
	}
	if len(expired) > 0 {
		s.removeExpired(expired)
	}
	return out, nil
}

// removeExpired deletes keys that were seen expired, unless a Set renewed them meanwhile.
// Failing is harmless: an expired entry reads as missing either way.
func (s *Store) removeExpired(keys []string) {
	now := s.now()
	_ = s.st.Update(func(tx *store.Tx) error {
		for _, k := range keys {
			var e entry
			if found, err := tx.Get(bucket, k, &e); err == nil && found && e.expired(now) {
				if err := tx.Delete(bucket, k); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// Delete removes key; deleting a missing key is not an error.
func (s *Store) Delete(ctx context.Context, key string) error {
	if err := checkKey(key); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := s.st.Update(func(tx *store.Tx) error { return tx.Delete(bucket, key) }); err != nil {
		return fmt.Errorf("kv.delete(%q): %w", key, err)
	}
	return nil
}

// List returns every live entry in key order, for the studio's key-value panel.
func (s *Store) List(ctx context.Context) ([]Entry, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	now := s.now()
	entries := []Entry{}
	err := s.st.View(func(tx *store.Tx) error {
		return tx.ForEach(bucket, func(key string, raw []byte) error {
			var e entry
			if err := json.Unmarshal(raw, &e); err != nil {
				return fmt.Errorf("decode key %q: %w", key, err)
			}
			if !e.expired(now) {
				entries = append(entries, Entry{Key: key, Value: e.Value, UpdatedAt: e.UpdatedAt,
					ExpiresAt: e.ExpiresAt})
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list the key-value store: %w", err)
	}
	return entries, nil
}

// Purge removes every expired entry and returns how many it removed.
func (s *Store) Purge(ctx context.Context) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	now := s.now()
	n := 0
	err := s.st.Update(func(tx *store.Tx) error {
		var dead []string
		err := tx.ForEach(bucket, func(key string, raw []byte) error {
			var e entry
			if json.Unmarshal(raw, &e) == nil && e.expired(now) {
				dead = append(dead, key)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range dead {
			if err := tx.Delete(bucket, k); err != nil {
				return err
			}
		}
		n = len(dead)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("purge the key-value store: %w", err)
	}
	return n, nil
}

// Clear removes every entry.
func (s *Store) Clear(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return s.st.Update(func(tx *store.Tx) error { return tx.DeleteBucket(bucket) })
}

func checkKey(key string) error {
	switch {
	case key == "":
		return fmt.Errorf("a key-value store key cannot be empty: %w", ErrInvalidKey)
	case len(key) > MaxKeyBytes:
		return fmt.Errorf("the key-value store key %.40q... is %d bytes long, more than the "+
			"%d a key can have: %w", key, len(key), MaxKeyBytes, ErrInvalidKey)
	}
	return nil
}

func compactJSON(key string, value json.RawMessage) (json.RawMessage, error) {
	var buf bytes.Buffer
	if err := json.Compact(&buf, value); err != nil {
		return nil, fmt.Errorf("kv.set(%q): the value is not JSON (%v): %w", key, err,
			ErrInvalidValue)
	}
	return buf.Bytes(), nil
}
