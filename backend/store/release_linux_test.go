package store

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// residentFileMiB is how much of files mapped into this process is resident (RssFile).
func residentFileMiB(t *testing.T) float64 {
	t.Helper()
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(status), "\n") {
		if rest, ok := strings.CutPrefix(line, "RssFile:"); ok {
			kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			if err != nil {
				t.Fatal(err)
			}
			return float64(kb) / 1024
		}
	}
	t.Fatal("no RssFile in /proc/self/status")
	return 0
}

func TestReleaseMemoryGivesBackTheMappedPagesAndKeepsTheData(t *testing.T) {
	s := openTemp(t)
	value := strings.Repeat("x", 4000)
	for batch := 0; batch < 8; batch++ {
		err := s.Update(func(tx *Tx) error {
			for i := 0; i < 1000; i++ {
				if err := tx.Put("calls", fmt.Sprintf("%d-%04d", batch, i), value); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	readAll := func() int {
		n := 0
		s.View(func(tx *Tx) error {
			return tx.ForEach("calls", func(_ string, raw []byte) error {
				if len(raw) == len(value)+2 { // the JSON string's quotes
					n++
				}
				return nil
			})
		})
		return n
	}
	readAll() // every page of the 32 MB of values is now mapped in
	before := residentFileMiB(t)
	if err := s.ReleaseMemory(); err != nil {
		t.Fatal(err)
	}
	after := residentFileMiB(t)
	if before-after < 16 {
		t.Errorf("resident file pages %.1f MiB before the release and %.1f MiB after; "+
			"the 32 MB data file's pages should have gone", before, after)
	}
	if n := readAll(); n != 8000 {
		t.Errorf("%d of 8000 values read back whole after the release", n)
	}
}
