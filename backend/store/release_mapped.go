//go:build linux || darwin

package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/sys/unix"
)

// ReleaseMemory hands the data file's pages that the process has mapped back to the kernel.
// bbolt reads the file through a shared, read-only mapping, and every page a burst of writes
// or reads touched stays resident in the process: after ten thousand recorded calls that is as
// much as the rest of the studio. The pages stay in the kernel's page cache, unchanged, and the
// next read of one maps it in again, so nothing is lost but residency.
func (s *Store) ReleaseMemory() error {
	// A read transaction holds bbolt's mapping lock, so the file cannot be remapped (and the
	// range given to something else) while the advice is given.
	return s.db.View(func(tx *bolt.Tx) error {
		_, _, errno := unix.Syscall(unix.SYS_MADVISE, s.db.Info().Data, uintptr(tx.Size()),
			unix.MADV_DONTNEED)
		if errno != 0 {
			return fmt.Errorf("release the mapped pages of %s: %w", s.path, errno)
		}
		return nil
	})
}
