package store

import (
	"errors"
	"fmt"
	"path/filepath"
	"testing"
)

// openTemp opens a store in a temporary folder and closes it when the test ends.
func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "data.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestPutGetSurvivesReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	type rec struct{ Name string }
	if err := s.Update(func(tx *Tx) error { return tx.Put("people", "a", rec{"Ada"}) }); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var got rec
	var found bool
	s.View(func(tx *Tx) error {
		found, err = tx.Get("people", "a", &got)
		return err
	})
	if !found || got.Name != "Ada" {
		t.Fatalf("after reopen got %+v (found %v), want Ada", got, found)
	}
}

func TestFailedUpdateLeavesStoreAsItWas(t *testing.T) {
	s := openTemp(t)
	s.Update(func(tx *Tx) error { return tx.Put("b", "k", "before") })
	boom := errors.New("boom")
	err := s.Update(func(tx *Tx) error {
		if err := tx.Put("b", "k", "after"); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("got %v, want boom", err)
	}
	var v string
	s.View(func(tx *Tx) error { _, err := tx.Get("b", "k", &v); return err })
	if v != "before" {
		t.Fatalf("value is %q after a failed update, want %q", v, "before")
	}
}

func TestSecondOpenIsRefused(t *testing.T) {
	s := openTemp(t)
	_, err := Open(s.Path())
	if !errors.Is(err, ErrAlreadyOpen) {
		t.Fatalf("second open: got %v, want ErrAlreadyOpen", err)
	}
}

func TestNewerSchemaIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data.db")
	s, _ := Open(path)
	s.Update(func(tx *Tx) error { return tx.Put(metaBucket, "schema", SchemaVersion+1) })
	s.Close()
	if _, err := Open(path); !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("got %v, want ErrNewerSchema", err)
	}
}

func TestForEachOrderAndMissingBucket(t *testing.T) {
	s := openTemp(t)
	s.Update(func(tx *Tx) error {
		for _, k := range []string{"b", "a", "c"} {
			tx.Put("x", k, k)
		}
		return nil
	})
	var keys, reversed []string
	s.View(func(tx *Tx) error {
		tx.ForEach("x", func(k string, _ []byte) error { keys = append(keys, k); return nil })
		tx.ForEachReverse("x", func(k string, _ []byte) error { reversed = append(reversed, k); return nil })
		return tx.ForEach("missing", func(string, []byte) error { t.Error("missing bucket has keys"); return nil })
	})
	if got := keys[0] + keys[1] + keys[2]; got != "abc" {
		t.Errorf("ForEach order %q, want abc", got)
	}
	if got := reversed[0] + reversed[1] + reversed[2]; got != "cba" {
		t.Errorf("ForEachReverse order %q, want cba", got)
	}
}

func TestDeleteThroughRemovesTheFirstKeysUpToTheLast(t *testing.T) {
	s := openTemp(t)
	err := s.Update(func(tx *Tx) error {
		for i := range 1000 { // enough keys for several pages, so deletes cross page ends
			if err := tx.Put("b", fmt.Sprintf("%04d", i), i); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var deleted int
	err = s.Update(func(tx *Tx) error {
		if n, err := tx.DeleteThrough("missing", "9999"); n != 0 || err != nil {
			t.Errorf("a missing bucket: %d deleted, %v", n, err)
		}
		deleted, err = tx.DeleteThrough("b", "0599")
		return err
	})
	if err != nil || deleted != 600 {
		t.Fatalf("deleted %d (%v), want 600", deleted, err)
	}
	var keys []string
	_ = s.View(func(tx *Tx) error {
		return tx.ForEach("b", func(key string, _ []byte) error {
			keys = append(keys, key)
			return nil
		})
	})
	if len(keys) != 400 || keys[0] != "0600" || keys[399] != "0999" {
		t.Errorf("left %d keys from %v to %v, want 0600 to 0999", len(keys), keys[0], keys[len(keys)-1])
	}
}
