//go:build !linux && !darwin

package store

// ReleaseMemory does nothing where the studio cannot advise the kernel on its mapped pages.
func (s *Store) ReleaseMemory() error { return nil }
