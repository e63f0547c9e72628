// Package store keeps the studio's data for one app in a bbolt file: the mock workspace, the
// connections, webhook handlers, key-value entries and the call log. Values are JSON.
//
// A Store is safe for concurrent use. Update runs its function in one bbolt transaction: either
// every write in it is durable when Update returns nil, or none is.
package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the layout of the buckets this code reads and writes. A file written by a newer
// studio is refused rather than misread.
const SchemaVersion = 1

// ErrAlreadyOpen means another process (usually another studio) holds the file's lock.
var ErrAlreadyOpen = errors.New("the data file is already open in another studio")

// ErrNewerSchema means the file was written by a newer studio.
var ErrNewerSchema = errors.New("the data file was written by a newer studio")

const metaBucket = "meta"

// Store is one open data file.
type Store struct {
	db     *bolt.DB
	path   string
	writes atomic.Uint64 // committed Updates, for Writes
}

// Open opens (creating if needed) the data file at path. When another process has it open,
// Open gives up after a second and returns an error wrapping ErrAlreadyOpen.
func Open(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("create the data folder: %w", err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("%s: %w", path, ErrAlreadyOpen)
	}
	if err != nil {
		return nil, fmt.Errorf("open data file %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if err := s.checkSchema(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func (s *Store) checkSchema() error {
	return s.Update(func(tx *Tx) error {
		var version int
		found, err := tx.Get(metaBucket, "schema", &version)
		if err != nil {
			return err
		}
		if found && version > SchemaVersion {
			return fmt.Errorf("%s has schema %d, this studio reads %d: %w",
				s.path, version, SchemaVersion, ErrNewerSchema)
		}
		return tx.Put(metaBucket, "schema", SchemaVersion)
	})
}

// Path is the file the store was opened from.
func (s *Store) Path() string { return s.path }

// Close releases the file. The store must not be used afterwards.
func (s *Store) Close() error { return s.db.Close() }

// View runs fn in a read-only transaction that sees one consistent state of the file.
func (s *Store) View(fn func(tx *Tx) error) error {
	return s.db.View(func(btx *bolt.Tx) error { return fn(&Tx{btx: btx}) })
}

// Update runs fn in a read-write transaction. If fn returns an error nothing it wrote is kept.
func (s *Store) Update(fn func(tx *Tx) error) error {
	err := s.db.Update(func(btx *bolt.Tx) error { return fn(&Tx{btx: btx}) })
	if err == nil {
		s.writes.Add(1)
	}
	return err
}

// Writes counts the Updates committed since the store was opened.
func (s *Store) Writes() uint64 { return s.writes.Load() }

// Tx is one transaction. Buckets are named by strings and created on first write; reading a
// bucket that does not exist finds nothing.
type Tx struct {
	btx *bolt.Tx
}

// Get decodes the value at bucket/key into v and reports whether it was there.
func (tx *Tx) Get(bucket, key string, v any) (bool, error) {
	raw := tx.GetRaw(bucket, key)
	if raw == nil {
		return false, nil
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return true, fmt.Errorf("decode %s/%s: %w", bucket, key, err)
	}
	return true, nil
}

// GetRaw returns the JSON stored at bucket/key, or nil. The bytes are valid only inside the
// transaction.
func (tx *Tx) GetRaw(bucket, key string) []byte {
	b := tx.btx.Bucket([]byte(bucket))
	if b == nil {
		return nil
	}
	return b.Get([]byte(key))
}

// Put stores v as JSON at bucket/key.
func (tx *Tx) Put(bucket, key string, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s/%s: %w", bucket, key, err)
	}
	return tx.PutRaw(bucket, key, raw)
}

// PutRaw stores already-encoded JSON at bucket/key.
func (tx *Tx) PutRaw(bucket, key string, raw []byte) error {
	b, err := tx.btx.CreateBucketIfNotExists([]byte(bucket))
	if err != nil {
		return fmt.Errorf("create bucket %s: %w", bucket, err)
	}
	return b.Put([]byte(key), raw)
}

// Delete removes bucket/key; deleting what is not there is not an error.
func (tx *Tx) Delete(bucket, key string) error {
	b := tx.btx.Bucket([]byte(bucket))
	if b == nil {
		return nil
	}
	return b.Delete([]byte(key))
}

// DeleteThrough removes the keys of bucket from the first through last, in key order, and
// returns how many went. It walks the keys once rather than searching for each.
func (tx *Tx) DeleteThrough(bucket, last string) (int, error) {
	b := tx.btx.Bucket([]byte(bucket))
	if b == nil {
		return 0, nil
	}
	c := b.Cursor()
	n := 0
	// After a delete the cursor points at the next key already; First finds it again without
	// the risk of Next skipping one.
	for k, _ := c.First(); k != nil && string(k) <= last; k, _ = c.First() {
		if err := c.Delete(); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// ForEach calls fn for every key of bucket in key order, stopping at the first error.
func (tx *Tx) ForEach(bucket string, fn func(key string, raw []byte) error) error {
	b := tx.btx.Bucket([]byte(bucket))
	if b == nil {
		return nil
	}
	return b.ForEach(func(k, v []byte) error { return fn(string(k), v) })
}

// ForEachPrefix is ForEach over the keys of bucket that start with prefix.
func (tx *Tx) ForEachPrefix(bucket, prefix string, fn func(key string, raw []byte) error) error {
	b := tx.btx.Bucket([]byte(bucket))
	if b == nil {
		return nil
	}
	c := b.Cursor()
	p := []byte(prefix)
	for k, v := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, v = c.Next() {
		if err := fn(string(k), v); err != nil {
			return err
		}
	}
	return nil
}

// ForEachReverse is ForEach from the last key to the first, for newest-first listings.
func (tx *Tx) ForEachReverse(bucket string, fn func(key string, raw []byte) error) error {
	b := tx.btx.Bucket([]byte(bucket))
	if b == nil {
		return nil
	}
	c := b.Cursor()
	for k, v := c.Last(); k != nil; k, v = c.Prev() {
		if err := fn(string(k), v); err != nil {
			return err
		}
	}
	return nil
}

// Count is the number of keys in bucket.
func (tx *Tx) Count(bucket string) int {
	b := tx.btx.Bucket([]byte(bucket))
	if b == nil {
		return 0
	}
	return b.Stats().KeyN
}

// NextSequence returns a number, unique within bucket, larger than any it returned before.
func (tx *Tx) NextSequence(bucket string) (uint64, error) {
	b, err := tx.btx.CreateBucketIfNotExists([]byte(bucket))
	if err != nil {
		return 0, fmt.Errorf("create bucket %s: %w", bucket, err)
	}
	return b.NextSequence()
}

// DeleteBucket removes bucket and everything in it.
func (tx *Tx) DeleteBucket(bucket string) error {
	err := tx.btx.DeleteBucket([]byte(bucket))
	if errors.Is(err, bolt.ErrBucketNotFound) {
		return nil
	}
	return err
}

// Buckets lists the names of every bucket in the file.
func (tx *Tx) Buckets() []string {
	var names []string
	tx.btx.ForEach(func(name []byte, _ *bolt.Bucket) error {
		names = append(names, string(name))
		return nil
	})
	return names
}
